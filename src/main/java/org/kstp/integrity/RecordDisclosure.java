package org.kstp.integrity;

import org.kstp.common.Actor;

/**
 * Who may read what about a block. The subject sees their own record (document, measures, period)
 * and how to appeal; bureau staff see every record; everyone else affected by a block (co-authors,
 * the host, the county) learns only that a rule applies, because a record is its subject's business.
 */
public interface RecordDisclosure {

    /** Whether the viewer may see the records about this subject; null stands for staff or the system. */
    boolean maySeeRecords(Subject subject, Actor viewer);

    /** Whether the viewer is the subject (the person, or an administrator of the organisation) and so may appeal. */
    boolean isSubject(Subject subject, Actor viewer);
}
