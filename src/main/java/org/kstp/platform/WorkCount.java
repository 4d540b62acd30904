package org.kstp.platform;

import java.time.LocalDate;

/**
 * Work waiting for one user: how many items of one kind, the message key that names them, the list
 * (already filtered to exactly these items) the workbench links to, and the earliest due date if the
 * work has one. Made by the module that owns the items, from its own read model.
 */
public record WorkCount(NavGroup area, String labelKey, long count, String url, LocalDate due) {
}
