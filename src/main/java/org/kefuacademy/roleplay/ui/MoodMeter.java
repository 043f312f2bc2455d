package org.kefuacademy.roleplay.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** The simulated person's mood, 0–100, as a bar with its band's name (愤怒 … 非常满意). */
class MoodMeter extends Div {
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span label = new Span();

    MoodMeter() {
        addClassName("kefu-mood");
        setId("mood-meter");
        label.setId("mood-label");
        add(label, bar);
    }

    void show(int mood) {
        bar.setValue(mood);
        String band = band(mood);
        label.setText(getTranslation("roleplay.mood", getTranslation("roleplay.mood." + band), mood));
        getElement().setAttribute("data-band", band);
    }

    static String band(int mood) {
        if (mood < 20) {
            return "angry";
        }
        if (mood < 40) {
            return "upset";
        }
        if (mood < 60) {
            return "calm";
        }
        return mood < 80 ? "pleased" : "delighted";
    }
}
