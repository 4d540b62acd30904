package org.kstp.identity.domain;

import org.kstp.common.Role;
import org.springframework.data.relational.core.mapping.Table;

/** One role held by an account (a row of identity_account_role). */
@Table("identity_account_role")
public record AccountRole(Role role) {
}
