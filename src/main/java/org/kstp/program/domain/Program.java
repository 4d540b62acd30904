package org.kstp.program.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A programme that carries out one task of the plan through its calls. */
@Table("program_program")
public class Program {

    @Id
    private final UUID id;
    private final String name;
    private final String planTaskCode;
    private final String description;
    private final Instant createdAt;
    private boolean outsidePiLimit;
    @Version
    private Long version;

    Program(UUID id, String name, String planTaskCode, String description, Instant createdAt, boolean outsidePiLimit,
            Long version) {
        this.id = id;
        this.name = name;
        this.planTaskCode = planTaskCode;
        this.description = description;
        this.createdAt = createdAt;
        this.outsidePiLimit = outsidePiLimit;
        this.version = version;
    }

    public static Program create(String name, String planTaskCode, String description, Instant now) {
        return new Program(UUID.randomUUID(), name.trim(), planTaskCode, description, now, false, null);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String planTaskCode() {
        return planTaskCode;
    }

    public String description() {
        return description;
    }

    /** Its proposals and projects are not counted in the PI limit (a kind the Xinjiang 2023 rule excludes). */
    public boolean outsidePiLimit() {
        return outsidePiLimit;
    }

    /** The bureau marks (or unmarks) the programme as one of the kinds the PI limit does not count. */
    public void changePiLimitCounting(boolean outside) {
        outsidePiLimit = outside;
    }
}
