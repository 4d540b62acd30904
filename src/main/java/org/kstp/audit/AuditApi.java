package org.kstp.audit;

import org.kstp.common.Actor;

/** Records state changes. Callers invoke it inside their own transaction, so a change and its record commit together. */
public interface AuditApi {

    /**
     * Appends one record; the remote address is taken from the current web request, if any.
     *
     * @param objectType the aggregate's name, e.g. "proposal"
     * @param action what was done, e.g. the transition's action name
     * @param detail free text worth keeping (a reason, an amount); may be null
     */
    void record(Actor actor, String objectType, Object objectId, String action, String detail);
}
