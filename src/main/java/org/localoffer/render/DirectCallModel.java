package org.localoffer.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * A wrapped object of ours, as FreeMarker wraps it, except that {@code x.method(...)} calls the method straight
 * away. FreeMarker looks each method up again on every new wrapper, makes a method object, converts the arguments
 * through its general rules and checks its access policy: for the few dozen calls each page makes on its page, its
 * contact details and the site model, that was the largest part of rendering a page. Anything out of the ordinary
 * (a missing or numeric argument, a method that fails) is handed to FreeMarker's own call, so its results and its
 * error messages stay the same.
 */
final class DirectCallModel extends GenericObjectModel {

    /** How FreeMarker's messages name the wrapper this one stands in for, and how they name this one. */
    private static final String FREEMARKER_NAME = "wrapped into f.e.b.GenericObjectModel";
    private static final String OUR_NAME = "wrapped into " + DirectCallModel.class.getName();

    private final DirectMethods methods;

    DirectCallModel(Object object, BeansWrapper wrapper, DirectMethods methods) {
        super(object, wrapper);
        this.methods = methods;
    }

    /**
     * A FreeMarker message as it read before this wrapper: a type error describes a value by the class of its
     * wrapper ("... (org.localoffer.content.Page wrapped into f.e.b.GenericObjectModel)").
     */
    static String asFreeMarkerNamesIt(String message) {
        return message == null ? null : message.replace(OUR_NAME, FREEMARKER_NAME);
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        Method method = methods.get(key);
        return method == null ? super.getBeforeMethodCall(key) : new Call(key, method);
    }

    private TemplateModel freeMarkerMethod(String key) throws TemplateModelException {
        try {
            return super.getBeforeMethodCall(key);
        } catch (ShouldNotBeGetAsMethodException e) {
            throw new IllegalStateException("a public method of ours is a method to FreeMarker too: " + key, e);
        }
    }

    /** One call of one method; MethodCall wraps what it returns with the same object wrapper FreeMarker's would. */
    private final class Call implements TemplateMethodModelEx {

        private final String key;
        private final Method method;

        Call(String key, Method method) {
            this.key = key;
            this.method = method;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            Object[] values = DirectMethods.arguments(method, arguments);
            if (values != null) {
                try {
                    return method.invoke(object, values);
                } catch (InvocationTargetException | IllegalAccessException e) {
                    // FreeMarker calls it again below and reports the failure in its own words.
                }
            }
            return ((TemplateMethodModelEx) freeMarkerMethod(key)).exec(arguments);
        }
    }
}
