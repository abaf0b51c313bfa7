namespace Bot.Discord.Interactions;

public enum InteractionResponseState
{
    /// <summary>Nothing sent yet: the next answer is the callback, due within 3 seconds.</summary>
    None,

    /// <summary>Deferred: the next answer edits the original response.</summary>
    Deferred,

    /// <summary>Answered: anything more is a follow-up.</summary>
    Replied,
}
