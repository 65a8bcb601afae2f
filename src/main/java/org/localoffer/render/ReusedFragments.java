package org.localoffer.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates' {@code <@reuse key=...>...</@reuse>} directive: the first time a key is met, its content is
 * written as usual and kept; after that, the kept text is written for that key. A service is listed on a dozen
 * pages the site makes (A to Z, by age, by area, by need and by kind), each time with the same markup, and at
 * 10,000 services writing those items again and again was about a third of the bake.
 *
 * <p>The key must name everything the content depends on, such as the service and the heading level, and the
 * content must not set variables, as it is not run again. One set of templates serves one bake, so nothing kept
 * outlives the content it was written from.
 */
final class ReusedFragments implements TemplateDirectiveModel {

    static final String NAME = "reuse";

    private final Map<String, String> kept = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        String key = key(params);
        if (loopVars.length > 0) {
            throw new TemplateModelException(NAME + " has no loop variables: remove the ';' part of <@" + NAME + ">.");
        }
        if (body == null) {
            return;
        }
        String text = kept.get(key);
        if (text == null) {
            StringWriter written = new StringWriter();
            body.render(written);
            text = written.toString();
            kept.putIfAbsent(key, text); // two threads may write the same item at once: the same text
        }
        env.getOut().write(text);
    }

    @SuppressWarnings("rawtypes")
    private static String key(Map params) throws TemplateModelException {
        Object key = params.get("key");
        if (params.size() != 1 || key == null) {
            throw new TemplateModelException("<@" + NAME + "> takes one parameter, key, naming everything its content"
                    + " depends on, for example <@" + NAME + " key=\"service \" + p.url()>.");
        }
        if (key instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (key instanceof TemplateNumberModel number) {
            return number.getAsNumber().toString();
        }
        throw new TemplateModelException("the key of <@" + NAME + "> must be text or a number, such as p.url().");
    }
}
