namespace Bot.Core.Matching;

internal enum NodeKind
{
    Atom,
    Language,
    Source,
    Not,
    And,
    Or,
    Near,
    Sentence,
    By,
}
