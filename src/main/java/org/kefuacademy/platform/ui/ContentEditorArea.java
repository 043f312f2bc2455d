package org.kefuacademy.platform.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.kefuacademy.platform.content.ContentVersionService;

/** The text area of every in-app content editor: checked a moment after typing stops. */
public class ContentEditorArea extends TextArea {
    private static final int CHECK_AFTER_MILLIS = 800;

    public ContentEditorArea(String id, Runnable onPause) {
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(CHECK_AFTER_MILLIS);
        setMaxLength(ContentVersionService.MAX_TEXT_LENGTH);
        addClassName("kefu-editor");
        setId(id);
        addValueChangeListener(e -> onPause.run());
    }
}
