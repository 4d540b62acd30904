package org.kstp.program.domain;

import org.springframework.data.relational.core.mapping.Table;

/** How many proposals one county may recommend to a call. */
@Table("program_call_quota")
public record CallQuota(String countyCode, int quota) {
}
