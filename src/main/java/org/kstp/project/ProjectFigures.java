package org.kstp.project;

import java.math.BigDecimal;

/** Prefecture-wide project figures for the bureau's overview; callers show them to bureau staff only. */
public interface ProjectFigures {

    /** The money approved for projects awarded in this calendar year (Kashgar time), in yuan. */
    BigDecimal approvedInYear(int year);
}
