package org.localoffer.render;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.util.Arrays;

/**
 * FreeMarker's default object wrapper, except that a few shared objects are wrapped once. The
 * default wraps an object again each time a template reaches it, and each new wrapper looks its
 * methods up again: for the site model, named a dozen or more times on every page, that was a
 * large part of rendering a page.
 */
final class SharingObjectWrapper extends DefaultObjectWrapper {

    private volatile Object[] shared = {};
    private final ThreadLocal<TemplateModel[]> perThread = new ThreadLocal<>();

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
        Object[] objects = shared;
        for (int i = 0; i < objects.length; i++) {
            if (objects[i] == obj) {
                return wrappedOnThisThread(objects, i);
            }
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
            models[i] = super.wrap(objects[i]);
        }
        return models[i];
    }
}
