package org.localoffer.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.beans.SimpleMethodModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FreeMarker's model of one of our records, which answers calls to the record's own accessors
 * ({@code p.title()}) from values read and wrapped once. FreeMarker's model finds the method by
 * name, calls it by reflection and wraps what it returns on every call; a record's components
 * never change, so the wrapped value can be kept. Everything else (other methods, properties,
 * built-ins, calls with arguments, errors) is FreeMarker's own model's.
 */
final class RecordModel extends GenericObjectModel {

    private final Shape shape;
    private TemplateModel[] calls;

    RecordModel(Object record, BeansWrapper wrapper, Shape shape) {
        super(record, wrapper);
        this.shape = shape;
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
            MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException {
        Integer index = shape.indexOf.get(key);
        if (index == null) {
            return super.getBeforeMethodCall(key);
        }
        if (calls == null) {
            calls = new TemplateModel[shape.accessors.length];
        }
        TemplateModel call = calls[index];
        if (call == null) {
            call = new ComponentCall(index, key);
            calls[index] = call;
        }
        return call;
    }

    /** FreeMarker's own model of the accessor {@code key}: a plain method model, as {@link Shape#of} found. */
    private TemplateMethodModelEx plainCall(String key) throws TemplateModelException {
        try {
            return (TemplateMethodModelEx) super.getBeforeMethodCall(key);
        } catch (MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException e) {
            throw new IllegalStateException("FreeMarker no longer sees " + key + " as a method", e);
        }
    }

    /** One accessor of this record, as a method a template calls; its value is read once. */
    private final class ComponentCall implements TemplateMethodModelEx {
        private final int index;
        private final String key;
        private boolean read;
        private TemplateModel value;

        ComponentCall(int index, String key) {
            this.index = index;
            this.key = key;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (read && arguments.isEmpty()) {
                return value;
            }
            Object raw;
            try {
                if (!arguments.isEmpty()) {
                    throw new IllegalArgumentException("an accessor takes no arguments");
                }
                raw = shape.accessors[index].invoke(object);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // A mistaken call, or an accessor that failed: FreeMarker's own method model says what is wrong, as it always did.
                return plainCall(key).exec(arguments);
            }
            value = wrapper.getOuterIdentity().wrap(raw); // as FreeMarker's method model wraps what a method returns
            read = true;
            return value;
        }
    }

    /**
     * The accessors of one record class that FreeMarker's own model exposes as plain methods
     * (found by asking that model, so the names and the access rules are FreeMarker's).
     */
    static final class Shape {
        /** For classes whose objects are not records, or have no such accessor. */
        static final Shape NONE = new Shape(Map.of(), new Method[0]);

        private final Map<String, Integer> indexOf;
        private final Method[] accessors;

        private Shape(Map<String, Integer> indexOf, Method[] accessors) {
            this.indexOf = indexOf;
            this.accessors = accessors;
        }

        /** The shape of {@code sample}'s class, given the model FreeMarker's own wrapper made for it. */
        static Shape of(Object sample, GenericObjectModel plain) throws TemplateModelException {
            RecordComponent[] components = sample.getClass().getRecordComponents();
            if (components == null) {
                return NONE;
            }
            Map<String, Integer> indexOf = new HashMap<>();
            Method[] accessors = new Method[components.length];
            int count = 0;
            for (RecordComponent component : components) {
                String name = component.getName();
                Method accessor = component.getAccessor();
                if (callsAccessor(plain, name, accessor) && accessor.canAccess(sample)) {
                    indexOf.put(name, count);
                    accessors[count++] = accessor;
                }
            }
            return count == 0 ? NONE : new Shape(indexOf, java.util.Arrays.copyOf(accessors, count));
        }

        /**
         * Whether FreeMarker's model calls exactly this accessor for {@code name()}. It does not when another method
         * has the same name (FreeMarker then offers that one, or both); a method model names its method.
         */
        private static boolean callsAccessor(GenericObjectModel plain, String name, Method accessor)
                throws TemplateModelException {
            try {
                return plain.getBeforeMethodCall(name) instanceof SimpleMethodModel method
                        && method.toString().equals(accessor.toString());
            } catch (MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException e) {
                return false;
            }
        }

        boolean isEmpty() {
            return accessors.length == 0;
        }
    }
}
