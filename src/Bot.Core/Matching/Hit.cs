namespace Bot.Core.Matching;

/// <summary>Tokens <c>[Start, End)</c> of an article matched by pattern <see cref="Pattern"/>.</summary>
internal readonly record struct Hit(int Start, int End, int Pattern);
