package org.kstp.platform;

import java.util.Collections;
import java.util.Set;
import org.kstp.common.Role;

/** One menu entry: where it lives, its label's message key, its page, who may use it, and its test id. */
public record NavItem(NavGroup group, String messageKey, String url, Set<Role> roles, String testId) {

    boolean usableBy(Set<Role> held) {
        return !Collections.disjoint(roles, held);
    }

    /** This page or one below it, e.g. /proposals/123 belongs to /proposals. */
    boolean covers(String path) {
        return path.equals(url) || path.startsWith(url + "/");
    }
}
