package org.kstp.integrity.domain;

import java.time.LocalDate;
import java.util.List;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.Subject;
import org.springframework.stereotype.Service;

/** Answers integrity checks from the in-memory index; never touches the database on the check path. */
@Service
class IntegrityService implements IntegrityApi {

    private final IndexHolder index;

    IntegrityService(IndexHolder index) {
        this.index = index;
    }

    @Override
    public IntegrityVerdict check(Subject subject, Activity activity, LocalDate date) {
        return index.current().check(List.of(subject), activity, date);
    }

    @Override
    public IntegrityVerdict check(List<Subject> subjects, Activity activity, LocalDate date) {
        return index.current().check(subjects, activity, date);
    }
}
