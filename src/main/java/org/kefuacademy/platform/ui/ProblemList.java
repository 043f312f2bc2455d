package org.kefuacademy.platform.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.kefuacademy.platform.content.ContentProblem;

/** Content problems as a list: "modules/x.md:12 — what is wrong", translated. */
public class ProblemList extends Div {

    public ProblemList(List<ContentProblem> problems) {
        addClassName("kefu-problems");
        UnorderedList list = new UnorderedList();
        for (ContentProblem p : problems) {
            Span where = new Span(p.location());
            where.addClassName("kefu-problem-location");
            ListItem item = new ListItem(where, new Span(" " + getTranslation(p.messageKey(), p.arguments().toArray())));
            list.add(item);
        }
        add(list);
    }
}
