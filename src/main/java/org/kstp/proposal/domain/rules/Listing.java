package org.kstp.proposal.domain.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.kstp.platform.Phrases;
import org.kstp.proposal.ProjectRecords.ProjectRef;
import org.springframework.context.MessageSourceResolvable;

/**
 * How the concurrency limits name what they counted, so the applicant sees why, not only that. The
 * enumeration and title punctuation are resolved in the reader's language (platform Phrases).
 */
final class Listing {

    private Listing() {
    }

    static MessageSourceResolvable projects(List<ProjectRef> refs) {
        return joined(refs.stream().map(r -> label(r.trackingNumber(), r.title())).toList());
    }

    static MessageSourceResolvable joined(Collection<? extends MessageSourceResolvable> labels) {
        return Phrases.list(List.copyOf(labels));
    }

    static MessageSourceResolvable label(String number, String title) {
        return Phrases.title(number, title);
    }

    /** The projects once each, in order: a PI who is also listed as a member of their own project counts it once. */
    static List<ProjectRef> distinct(List<ProjectRef> refs) {
        return refs.stream().collect(Collectors.toMap(ProjectRef::id, r -> r, (a, b) -> a,
                LinkedHashMap::new)).values().stream().toList();
    }
}
