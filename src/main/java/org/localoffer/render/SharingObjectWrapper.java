package org.localoffer.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker's default object wrapper, except that objects reached again are not wrapped again.
 * The default wraps an object each time a template reaches it, and each new wrapper looks its
 * methods up again: for the site model, named a dozen or more times on every page, and for the
 * pages each list page names (every service appears on a dozen of them), that was most of
 * rendering a page. Shared objects, our records and enum constants are wrapped once on each
 * rendering thread; a record answers calls to its accessors through a {@link RecordModel}.
 */
final class SharingObjectWrapper extends DefaultObjectWrapper {

    private volatile Object[] shared = {};
    private final ThreadLocal<TemplateModel[]> perThread = new ThreadLocal<>();
    /**
     * Records and enum constants wrapped on this thread so far, by identity (hashing a record would read all its
     * parts). One set-up serves one bake, whose rendering threads end with it, and these with them.
     */
    private final ThreadLocal<Map<Object, TemplateModel>> keptOnThisThread = ThreadLocal.withInitial(IdentityHashMap::new);
    private final Map<Class<?>, RecordModel.Shape> shapes = new ConcurrentHashMap<>();
    /** Record and enum classes whose objects the default does not wrap as a plain object: wrapped each time, as it does. */
    private final java.util.Set<Class<?>> wrappedEachTime = ConcurrentHashMap.newKeySet();

    SharingObjectWrapper(Version version) {
        super(new DefaultObjectWrapperBuilder(version), true);
    }

    /** From now on these objects are wrapped once on each rendering thread, the first time a template reaches them. */
    synchronized void share(Object... values) {
        Object[] objects = shared;
        for (Object value : values) {
            if (value != null) {
                objects = Arrays.copyOf(objects, objects.length + 1);
                objects[objects.length - 1] = value;
            }
        }
        shared = objects;
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj != null && obj.getClass() == String.class) {
            return new SimpleScalar((String) obj); // what the default makes of a string, found without its other checks
        }
        Object[] objects = shared;
        for (int i = 0; i < objects.length; i++) {
            if (objects[i] == obj) {
                return wrappedOnThisThread(objects, i);
            }
        }
        return wrapOrKeep(obj);
    }

    private TemplateModel wrapOrKeep(Object obj) throws TemplateModelException {
        if (obj instanceof Record || obj instanceof Enum) {
            return kept(obj);
        }
        return super.wrap(obj);
    }

    /**
     * Each rendering thread has its own wrapped copy: a wrapped object keeps its method look-ups
     * behind a lock, which two threads rendering side by side would otherwise take turns on.
     */
    private TemplateModel wrappedOnThisThread(Object[] objects, int i) throws TemplateModelException {
        TemplateModel[] models = perThread.get();
        if (models == null || models.length != objects.length) {
            models = new TemplateModel[objects.length];
            perThread.set(models);
        }
        if (models[i] == null) {
            models[i] = wrapOrKeep(objects[i]);
        }
        return models[i];
    }

    /**
     * A record or enum constant's model, made once on this thread. Only objects that the default
     * wraps as a plain {@link GenericObjectModel} are kept (a record that is also a list, say, is not).
     */
    private TemplateModel kept(Object obj) throws TemplateModelException {
        Map<Object, TemplateModel> known = keptOnThisThread.get();
        TemplateModel model = known.get(obj);
        if (model != null) {
            return model;
        }
        RecordModel.Shape shape = shapes.get(obj.getClass());
        TemplateModel plain = null;
        if (shape == null) {
            if (wrappedEachTime.contains(obj.getClass())) {
                return super.wrap(obj);
            }
            plain = super.wrap(obj);
            if (plain.getClass() != GenericObjectModel.class) {
                wrappedEachTime.add(obj.getClass());
                return plain;
            }
            shape = RecordModel.Shape.of(obj, (GenericObjectModel) plain);
            shapes.putIfAbsent(obj.getClass(), shape);
        }
        if (shape.isEmpty()) {
            model = plain != null ? plain : super.wrap(obj);
        } else {
            model = new RecordModel(obj, this, shape);
        }
        known.put(obj, model);
        return model;
    }
}
