package dev.imgedit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The repository's build files, read as a test of the build would: the root, each module's pom, the sources. */
final class BuildFiles {
    private BuildFiles() {}

    /** The repository's root folder (Maven passes it as {@code imgedit.root}). */
    static Path root() {
        String root = System.getProperty("imgedit.root");
        return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    static Document pom(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(Files.newInputStream(file));
        } catch (Exception e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /** The text of the child elements named {@code name} directly under {@code parent}. */
    static List<String> children(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int index = 0; index < nodes.getLength(); index++) {
            Node node = nodes.item(index);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                texts.add(element.getTextContent().strip());
            }
        }
        return texts;
    }

    static Element child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int index = 0; index < nodes.getLength(); index++) {
            if (nodes.item(index) instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    static String text(Element parent, String name, String fallback) {
        List<String> texts = children(parent, name);
        return texts.isEmpty() ? fallback : texts.get(0);
    }
}
