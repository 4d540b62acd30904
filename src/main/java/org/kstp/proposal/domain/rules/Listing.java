package org.kstp.proposal.domain.rules;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.kstp.proposal.ProjectRecords.ProjectRef;

/** How the concurrency limits name what they counted, so the applicant sees why, not only that. */
final class Listing {

    private Listing() {
    }

    static String projects(List<ProjectRef> refs) {
        return joined(refs.stream().map(r -> label(r.trackingNumber(), r.title())).toList());
    }

    static String joined(Collection<String> labels) {
        return String.join("\u3001", labels);
    }

    static String label(String number, String title) {
        return (number == null ? "" : number + " ") + "\u300a" + title + "\u300b";
    }

    /** The projects once each, in order: a PI who is also listed as a member of their own project counts it once. */
    static List<ProjectRef> distinct(List<ProjectRef> refs) {
        return refs.stream().collect(Collectors.toMap(ProjectRef::id, r -> r, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }
}
