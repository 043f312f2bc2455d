package org.kefuacademy.observation;

import java.util.List;
import org.kefuacademy.platform.Competence;

/** An observation checklist as its file defines it: sections of items, each with a maximum and competences. */
public record Checklist(String id, Category category, String title, Integer week, String introduction, List<Section> sections) {

    public Checklist {
        sections = List.copyOf(sections);
    }

    public enum Category {
        DRILL, INTERVIEW, ATTITUDE;

        public String id() {
            return name().toLowerCase();
        }
    }

    public record Section(String title, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** One observable behaviour; {@code no} numbers items through the whole checklist from 1. */
    public record Item(int no, String text, int max, List<Competence> competences) {
        public Item {
            competences = List.copyOf(competences);
        }
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public int maxPoints() {
        return items().stream().mapToInt(Item::max).sum();
    }
}
