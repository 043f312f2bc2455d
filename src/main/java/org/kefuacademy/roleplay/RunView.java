package org.kefuacademy.roleplay;

import java.util.List;
import org.kefuacademy.roleplay.engine.Channel;
import org.kefuacademy.roleplay.engine.EndingKind;

/**
 * A run as the play screen shows it: the briefing (safe HTML), the conversation so far, the mood, and
 * what is asked now (null once the run has ended).
 */
public record RunView(long runId, String scenarioKey, String title, Channel channel, String persona, String personaNote,
                      String language, String briefingHtml, boolean assessed, int mood, List<TranscriptEntry> transcript,
                      Prompt prompt, EndingKind ending) {

    public RunView {
        transcript = List.copyOf(transcript);
    }

    public boolean finished() {
        return prompt == null;
    }

    /** What the trainee must do at the current node: pick an option or write a reply, maybe against a timer. */
    public record Prompt(String nodeId, List<Option> options, String replyPrompt, Integer timerSeconds, int secondsLeft) {
        public Prompt {
            options = List.copyOf(options);
        }

        public boolean isReply() {
            return replyPrompt != null;
        }
    }

    /** An option on offer; {@code index} is its place in the node, used to answer. */
    public record Option(int index, String text) {
    }
}
