package org.kstp.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.kstp.common.FieldKeys;

/**
 * {@link FieldKeys} in software (BouncyCastle SM3 / SM4) with its keys in a file outside the database:
 * created at first start with owner-only permissions, read on every later one. Losing the file makes
 * the hashes unmatchable and the encrypted phones unreadable, so it belongs in every backup of the data
 * directory (but never in a database dump). A certified module replaces this class, not its callers.
 */
public final class KeyFileFieldKeys implements FieldKeys {

    private static final int VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecureRandom random = new SecureRandom();
    private final byte[] hashKey;
    private final byte[] fieldKey;

    private KeyFileFieldKeys(byte[] hashKey, byte[] fieldKey) {
        this.hashKey = hashKey;
        this.fieldKey = fieldKey;
    }

    /** The keys in the file, which is created with fresh random keys when it does not exist yet. */
    public static KeyFileFieldKeys load(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            Properties keys = new Properties();
            try (var in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
                keys.load(in);
            }
            return new KeyFileFieldKeys(decode(keys, "hash", 32), decode(keys, "sm4", 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] hash = new byte[32];
        byte[] sm4 = new byte[16];
        random.nextBytes(hash);
        random.nextBytes(sm4);
        String text = "# KSTP field keys: HMAC-SM3 (hash) and SM4 (sm4). Back up with the data directory;"
                + " never store with the database.\nversion=" + VERSION + "\nhash="
                + Base64.getEncoder().encodeToString(hash) + "\nsm4=" + Base64.getEncoder().encodeToString(sm4) + "\n";
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            if (Files.getFileStore(parent).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException anotherInstance) {
            return; // a second instance on the same data directory created it first: use theirs
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static byte[] decode(Properties keys, String name, int length) {
        String value = keys.getProperty(name);
        byte[] key = value == null ? new byte[0] : Base64.getDecoder().decode(value.trim());
        if (key.length != length) {
            throw new IllegalStateException("the key file has no valid '" + name + "' key");
        }
        return key;
    }

    @Override
    public byte[] mac(byte[] message) {
        HMac hmac = new HMac(new SM3Digest());
        hmac.init(new KeyParameter(hashKey));
        hmac.update(message, 0, message.length);
        byte[] out = new byte[hmac.getMacSize()];
        hmac.doFinal(out, 0);
        return out;
    }

    @Override
    public byte[] seal(byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] body = gcm(true, iv, plaintext, 0, plaintext.length);
        byte[] sealed = new byte[1 + IV_BYTES + body.length];
        sealed[0] = VERSION;
        System.arraycopy(iv, 0, sealed, 1, IV_BYTES);
        System.arraycopy(body, 0, sealed, 1 + IV_BYTES, body.length);
        return sealed;
    }

    @Override
    public byte[] open(byte[] sealed) {
        if (sealed.length < 1 + IV_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalArgumentException("not a sealed value");
        }
        byte[] iv = Arrays.copyOfRange(sealed, 1, 1 + IV_BYTES);
        return gcm(false, iv, sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
    }

    private byte[] gcm(boolean encrypt, byte[] iv, byte[] in, int offset, int length) {
        GCMBlockCipher cipher = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(fieldKey), TAG_BITS, iv));
        byte[] out = new byte[cipher.getOutputSize(length)];
        int written = cipher.processBytes(in, offset, length, out, 0);
        try {
            written += cipher.doFinal(out, written);
        } catch (InvalidCipherTextException tampered) {
            throw new IllegalArgumentException("the sealed value was altered or sealed under another key", tampered);
        }
        return written == out.length ? out : Arrays.copyOf(out, written);
    }
}
