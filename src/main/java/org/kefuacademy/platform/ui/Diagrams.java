package org.kefuacademy.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Draws Mermaid flowcharts in the browser from the WebJar served as a static file (no frontend
 * build, see DD001). The script loads once per page; drawing waits until it has arrived.
 */
public final class Diagrams {
    /** Keep in step with {@code mermaid.version} in the pom (a test checks the file exists). */
    public static final String MERMAID_VERSION = "11.14.0";
    public static final String MERMAID_SCRIPT = "webjars/mermaid/" + MERMAID_VERSION + "/dist/mermaid.min.js";

    private Diagrams() {
    }

    /** Turns every {@code pre.mermaid} inside the component into a diagram. */
    public static void draw(Component container) {
        container.getUI().ifPresent(ui -> load(ui));
        container.getElement().executeJs("""
                const root = this;
                let tries = 0;
                const draw = () => {
                  if (!window.mermaid) { if (tries++ < 150) { setTimeout(draw, 100); } return; }
                  if (!window.kefuMermaidReady) {
                    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral',
                      flowchart: { htmlLabels: false } });
                    window.kefuMermaidReady = true;
                  }
                  const nodes = root.querySelectorAll('pre.mermaid:not([data-processed])');
                  if (nodes.length) { window.mermaid.run({ nodes: nodes, suppressErrors: true }); }
                };
                draw();
                """);
    }

    private static void load(UI ui) {
        ui.getPage().addJavaScript("context://" + MERMAID_SCRIPT);
    }
}
