package org.localoffer.oruk;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Stable record ids for the Open Referral export: name-based UUIDs, version 5 (RFC 9562), in the URL
 * namespace, made from the address a record describes. A service's id comes from its page address, which
 * comes from its content file path, so the id stays the same from build to build and changes only when the
 * file is renamed or the site's base_url changes.
 */
public final class OrukIds {

    /** The RFC 9562 namespace for names that are URLs. */
    static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private OrukIds() {
    }

    /** SHA-1 with the URL namespace already added: each id clones it, which is far quicker than a new digest. */
    private static final MessageDigest URL_PREFIX = withNamespace(URL_NAMESPACE);

    /** The version 5 UUID for a URL, as text. */
    public static String forUrl(String url) {
        return nameBased(URL_NAMESPACE, url).toString();
    }

    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1 = namespace.equals(URL_NAMESPACE) ? copy(URL_PREFIX) : withNamespace(namespace);
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC variant
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    private static MessageDigest withNamespace(UUID namespace) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits());
        ns.putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        return sha1;
    }

    /** Cloning only reads the prototype, so threads may share it. */
    private static MessageDigest copy(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-1 can be cloned", e);
        }
    }
}
