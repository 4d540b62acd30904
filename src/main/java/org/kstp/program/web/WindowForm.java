package org.kstp.program.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** Extending a call's deadline or setting its grace period; times typed in Beijing time, a reason always. */
record WindowForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
                  @Min(0) @Max(1440) int graceMinutes,
                  @NotBlank @Size(max = 1000) String reason) {
}
