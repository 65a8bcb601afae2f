package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateDependenciesTest {

    @Test
    void aTemplateAffectsItselfAndEveryTemplateThatUsesItDirectlyOrNot(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("layout.ftlh"), "<#import \"parts.ftlh\" as parts>");
        Files.writeString(folder.resolve("parts.ftlh"), "<#macro x></#macro>");
        Files.writeString(folder.resolve("service.ftlh"), "<#import \"layout.ftlh\" as layout>");
        Files.writeString(folder.resolve("guide.ftlh"), "<#import \"layout.ftlh\" as layout>\n<#include \"box.ftlh\">");
        Files.writeString(folder.resolve("box.ftlh"), "<div></div>");
        TemplateDependencies uses = TemplateDependencies.read(folder);

        assertEquals(Set.of("service.ftlh"), uses.affectedBy("service.ftlh"));
        assertEquals(Set.of("box.ftlh", "guide.ftlh"), uses.affectedBy("box.ftlh"));
        assertEquals(Set.of("parts.ftlh", "layout.ftlh", "service.ftlh", "guide.ftlh"), uses.affectedBy("parts.ftlh"));
    }

    @Test
    void everyDemonstrationTemplateImportsTheLayout() throws Exception {
        TemplateDependencies uses = TemplateDependencies.read(Path.of("templates").toAbsolutePath());
        Set<String> affected = uses.affectedBy("layout.ftlh");
        for (String t : new String[] {"service.ftlh", "guide.ftlh", "home.ftlh", "browse.ftlh", "a-z.ftlh"}) {
            org.junit.jupiter.api.Assertions.assertTrue(affected.contains(t), t);
        }
    }
}
