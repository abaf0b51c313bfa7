namespace Bot.Core.Rules;

internal enum RuleTokenKind
{
    Word,
    Phrase,
    And,
    Or,
    Not,
    Near,
    Sentence,
    Open,
    Close,
    End,
}
