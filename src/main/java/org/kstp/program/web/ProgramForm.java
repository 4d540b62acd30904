package org.kstp.program.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new-programme form. */
record ProgramForm(@NotBlank @Size(max = 200) String name, @NotBlank String planTaskCode,
                   @Size(max = 4000) String description) {
}
