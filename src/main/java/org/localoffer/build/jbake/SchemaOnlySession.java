package org.localoffer.build.jbake;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.jbake.app.ContentStore;

/**
 * Stands in for the OrientDB session under jbake's content store. jbake's {@code Oven} calls the
 * store's {@code updateSchema()}, which is final and asks the session's schema whether jbake's
 * classes exist. {@link MemoryContentStore} answers every other question from memory, so this
 * session only answers that one: yes. Any other call fails loudly, so a jbake upgrade that starts
 * using the database elsewhere is caught by the tests instead of quietly doing nothing.
 *
 * <p>Opening a real in-memory OrientDB cost 0.6 s of CPU or more at every cold start (its classes,
 * its compiled methods and its threads) for a database that stayed empty.
 */
final class SchemaOnlySession {

    private SchemaOnlySession() {
    }

    /** Gives {@code store} this session in place of an OrientDB one. */
    static void install(ContentStore store) {
        try {
            // jbake keeps the session in a private field and offers no setter: the one place we reach inside.
            // The OrientDB types are found from that field, as OrientDB is only on the runtime class path.
            Field db = ContentStore.class.getDeclaredField("db");
            db.setAccessible(true);
            db.set(store, session(db.getType()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("jbake-core's ContentStore no longer keeps an OrientDB session in a field"
                    + " named db; update SchemaOnlySession for this version of jbake-core", e);
        }
    }

    /** A session of {@code sessionType} whose schema has every class jbake asks about. */
    static Object session(Class<?> sessionType) throws NoSuchMethodException {
        Class<?> metadataType = sessionType.getMethod("getMetadata").getReturnType();
        Class<?> schemaType = metadataType.getMethod("getSchema").getReturnType();
        Object schema = only(schemaType, "existsClass", Boolean.TRUE);
        Object metadata = only(metadataType, "getSchema", schema);
        return only(sessionType, "getMetadata", metadata);
    }

    /** An object of {@code type} whose method {@code name} returns {@code answer}; anything else is refused. */
    private static Object only(Class<?> type, String name, Object answer) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals(name)) {
                return answer;
            }
            return objectMethod(proxy, method, args, type);
        };
        return Proxy.newProxyInstance(SchemaOnlySession.class.getClassLoader(), new Class<?>[] {type},
                handler);
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, Class<?> type) {
        switch (method.getName()) {
            case "equals":
                return args != null && args.length == 1 && proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "localoffer's schema-only stand-in for " + type.getSimpleName();
            default:
                throw new UnsupportedOperationException("jbake asked its OrientDB session for " + type.getSimpleName()
                        + "." + method.getName() + ", which localoffer's in-memory store does not provide");
        }
    }
}
