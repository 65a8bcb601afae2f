package org.localoffer.check;

import java.util.List;
import org.localoffer.problem.Problems;

/** Long sentences are hard to follow, for everyone and most of all for people reading in a second language. */
public final class LongSentenceCheck implements PageRule {

    public static final int MOST_WORDS = 25;

    @Override
    public void check(PageText text, CheckContext context, Problems problems) {
        for (Prose.Block block : Prose.blocks(text)) {
            for (ReadingAge.Sentence sentence : block.sentences()) {
                if (sentence.words() > MOST_WORDS) {
                    List<String> words = ReadingAge.words(block.text().substring(sentence.start(), sentence.end()));
                    problems.warning(text.path(), block.line(), block.column(), "a sentence has " + words.size()
                            + " words: '" + String.join(" ", words.subList(0, 6)) + " ...'. Split it into sentences of "
                            + MOST_WORDS + " words or fewer.");
                }
            }
        }
    }
}
