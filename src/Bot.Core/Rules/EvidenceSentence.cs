namespace Bot.Core.Rules;

/// <summary>A sentence that made a rule match, with its offsets in the original text (<c>text[Start..End]</c>).</summary>
public sealed record EvidenceSentence(string Text, int Start, int End);
