package org.kstp.integrity.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.RecordDisclosure;
import org.kstp.integrity.Subject;
import org.springframework.stereotype.Service;

/**
 * Answers integrity checks from the in-memory index (never touching the database on the check path),
 * and who may read the record behind a block.
 */
@Service
class IntegrityService implements IntegrityApi, RecordDisclosure {

    private final IndexHolder index;
    private final DirectoryApi directory;

    IntegrityService(IndexHolder index, DirectoryApi directory) {
        this.index = index;
        this.directory = directory;
    }

    @Override
    public IntegrityVerdict check(Subject subject, Activity activity, LocalDate date) {
        return index.current().check(List.of(subject), activity, date);
    }

    @Override
    public IntegrityVerdict check(List<Subject> subjects, Activity activity, LocalDate date) {
        return index.current().check(subjects, activity, date);
    }

    @Override
    public boolean maySeeRecords(Subject subject, Actor viewer) {
        return viewer == null || viewer.isSystem() || viewer.has(Role.BUREAU_STAFF) || isSubject(subject, viewer);
    }

    @Override
    public boolean isSubject(Subject subject, Actor viewer) {
        if (viewer == null) {
            return false;
        }
        if (!subject.isOrganisation()) {
            return subject.accountId() != null && subject.accountId().equals(viewer.accountId());
        }
        return viewer.has(Role.INSTITUTION_ADMIN) && viewer.organisationId() != null
                && directory.organisation(viewer.organisationId()).map(OrganisationSummary::uscc)
                        .filter(u -> Objects.equals(u, subject.uscc())).isPresent();
    }
}
