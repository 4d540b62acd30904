package org.kstp.review.lobbying;

/** How the expert was approached. */
public enum LobbyingChannel {
    IN_PERSON,
    PHONE,
    MESSAGE,
    GIFT,
    THIRD_PARTY,
    OTHER
}
