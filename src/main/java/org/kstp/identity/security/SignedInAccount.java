package org.kstp.identity.security;

import java.io.Serial;
import java.util.Collection;
import org.kstp.common.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a session: Spring Security's view of an account, carrying the module-neutral Actor.
 * Sessions are stored in the database, so the password hash is erased once sign-in has checked it
 * ({@link CredentialsContainer}): it must not be copied into the session table.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final Actor actor;
    private String passwordHash;
    private final boolean locked;
    private final boolean enabled;

    public SignedInAccount(Actor actor, String passwordHash, boolean locked, boolean enabled) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.enabled = enabled;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
