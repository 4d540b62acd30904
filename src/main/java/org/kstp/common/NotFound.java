package org.kstp.common;

/**
 * The object does not exist, or exists outside the actor's data scope. The two are deliberately
 * indistinguishable so that scope checks never reveal what exists.
 */
public class NotFound extends RuntimeException {

    public NotFound(String objectType, Object id) {
        super(objectType + " " + id);
    }
}
