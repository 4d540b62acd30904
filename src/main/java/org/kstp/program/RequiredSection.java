package org.kstp.program;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Optional parts of the proposal form that a call may require: missing ones are checklist errors on
 * proposals to that call. Which ones a call requires is data on the call, chosen by the bureau.
 */
public enum RequiredSection {
    /** At least one partner institution. */
    PARTNERS,
    /** A GB/T 13745 discipline for the proposal. */
    DISCIPLINE,
    /** Goals with at least one assessable indicator. */
    INDICATORS,
    /** A schedule with at least one milestone. */
    MILESTONES;

    /** Reads the comma-separated form stored on a call; blanks are ignored. */
    public static Set<RequiredSection> parse(String codes) {
        Set<RequiredSection> result = EnumSet.noneOf(RequiredSection.class);
        for (String code : codes == null ? new String[0] : codes.split(",")) {
            if (!code.isBlank()) {
                result.add(valueOf(code.trim()));
            }
        }
        return result;
    }

    public static String format(Set<RequiredSection> sections) {
        return sections.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
