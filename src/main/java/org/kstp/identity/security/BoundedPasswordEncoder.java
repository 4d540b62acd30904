package org.kstp.identity.security;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most one password hash per CPU core run at a time; the other sign-ins wait their turn
 * (holding a request thread, never a database connection). Why: bcrypt is deliberately slow CPU work.
 * After a restart every user signs in again at once; measured with {@code ./bench surge --kill} on
 * 2 cores, 200 concurrent bcrypt computations starved the threads that held the audit chain's lock
 * and database connections, the pool timed out and no one could sign in for minutes.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
        this.delegate = delegate;
        this.permits = new Semaphore(Math.max(1, concurrent), true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
