namespace Bot.Core.Text;

/// <summary>
/// One word of a text (one character for Chinese): where its folded form lies in the folded buffer, and where
/// the word lies in the original text. <see cref="AfterBreak"/> tells that a sentence ends or a comma, colon,
/// bracket or quote stands between the previous token and this one, so a phrase never spans "No. Evidence" or
/// "称，其". <see cref="Hash"/> is the folded form's
/// <see cref="WordHash"/>, made while folding so no later pass reads the word's characters again to look it up.
/// </summary>
internal readonly record struct Token(int FoldStart, int FoldLength, int Start, int End, TokenScript Script, bool AfterBreak, ulong Hash);
