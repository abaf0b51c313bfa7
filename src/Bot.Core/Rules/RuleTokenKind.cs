namespace Bot.Core.Rules;

internal enum RuleTokenKind
{
    Word,
    Phrase,
    And,
    Or,
    Not,
    Near,
    By,
    Sentence,
    Open,
    Close,
    End,
}
