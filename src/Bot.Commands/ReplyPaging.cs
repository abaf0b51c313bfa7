namespace Bot.Commands;

/// <summary>
/// Which page of a paged answer (<c>search</c>) a reply shows, with the labels for previous and next in the reply's
/// language, so a transport can offer buttons.
/// </summary>
public sealed record ReplyPaging(int Page, int Pages, string PreviousLabel, string NextLabel);
