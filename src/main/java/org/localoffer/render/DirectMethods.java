package org.localoffer.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.AdapterTemplateModel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods of one of our classes that a template may call straight through {@link DirectCallModel}: public
 * instance methods the class itself declares, with one method to a name and a value returned. Other calls go the
 * usual FreeMarker way.
 */
final class DirectMethods {

    static final DirectMethods NONE = new DirectMethods(Map.of());

    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals");

    private final Map<String, Method> byName;

    private DirectMethods(Map<String, Method> byName) {
        this.byName = byName;
    }

    /** Only classes of ours: FreeMarker exposes all their public methods, so a direct call reaches what it would. */
    static boolean eligible(Class<?> type) {
        return type.getName().startsWith("org.localoffer.") && Modifier.isPublic(type.getModifiers());
    }

    static DirectMethods of(Class<?> type) {
        Map<String, Integer> namesakes = new HashMap<>();
        for (Method m : type.getMethods()) {
            namesakes.merge(m.getName(), 1, Integer::sum);
        }
        Map<String, Method> direct = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() == type && !Modifier.isStatic(m.getModifiers()) && !m.isBridge()
                    && !m.isSynthetic() && !m.isVarArgs() && m.getReturnType() != void.class
                    && namesakes.get(m.getName()) == 1 && !OBJECT_METHODS.contains(m.getName())) {
                direct.put(m.getName(), m);
            }
        }
        return direct.isEmpty() ? NONE : new DirectMethods(Map.copyOf(direct));
    }

    Method get(String name) {
        return byName.get(name);
    }

    /**
     * The Java values of a call's arguments when each is plainly what the method takes (text for a String, or a
     * wrapped object of the parameter's type), as FreeMarker would unwrap them; null when any needs FreeMarker's
     * own conversions (numbers, missing values).
     */
    static Object[] arguments(Method method, List<?> models) {
        Class<?>[] types = method.getParameterTypes();
        if (models.size() != types.length) {
            return null;
        }
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Object model = models.get(i);
            if (model instanceof SimpleScalar text && types[i] == String.class) {
                values[i] = text.getAsString();
            } else if (model instanceof AdapterTemplateModel adapter && !types[i].isPrimitive()
                    && types[i] != Object.class && isPlainWrapper((TemplateModel) model)) {
                Object value = adapter.getAdaptedObject(types[i]);
                if (!types[i].isInstance(value)) {
                    return null;
                }
                values[i] = value;
            } else {
                return null;
            }
        }
        return values;
    }

    /** Wrappers whose adapted object is simply the object they wrap. */
    private static boolean isPlainWrapper(TemplateModel model) {
        return model instanceof freemarker.ext.beans.GenericObjectModel
                || model instanceof freemarker.template.DefaultListAdapter;
    }
}
