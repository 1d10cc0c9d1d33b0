package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * imgedit-bom has no parent (so it imports no version imgedit only builds with); this keeps it in step with the
 * reactor: the same version, and every jar module listed at it.
 */
class BomTest {

    @Test
    void theBomListsEveryJarModuleOfTheReactorAtTheReactorsVersion() {
        Element root = BuildFiles.pom(BuildFiles.root().resolve("pom.xml")).getDocumentElement();
        String version = BuildFiles.text(root, "version", "");
        Set<String> jarModules = new TreeSet<>();
        for (String module : BuildFiles.children(BuildFiles.child(root, "modules"), "module")) {
            Element pom = BuildFiles.pom(BuildFiles.root().resolve(module).resolve("pom.xml")).getDocumentElement();
            if (BuildFiles.text(pom, "packaging", "jar").equals("jar")) {
                jarModules.add(BuildFiles.text(pom, "artifactId", ""));
            }
        }
        Element bom = BuildFiles.pom(BuildFiles.root().resolve(Path.of("bom", "pom.xml"))).getDocumentElement();

        assertThat(BuildFiles.text(bom, "artifactId", "")).isEqualTo("imgedit-bom");
        assertThat(BuildFiles.text(bom, "version", "")).isEqualTo(version);
        assertThat(BuildFiles.children(bom, "parent")).as("a BOM with a parent leaks the parent's pins").isEmpty();
        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int index = 0; index < dependencies.getLength(); index++) {
            Element dependency = (Element) dependencies.item(index);
            assertThat(BuildFiles.text(dependency, "version", "")).isEqualTo("${project.version}");
            if (BuildFiles.text(dependency, "type", "jar").equals("jar")) {
                managed.add(BuildFiles.text(dependency, "artifactId", ""));
            }
        }
        assertThat(jarModules).isNotEmpty();
        assertThat(new TreeSet<>(managed)).isEqualTo(jarModules);
    }
}
