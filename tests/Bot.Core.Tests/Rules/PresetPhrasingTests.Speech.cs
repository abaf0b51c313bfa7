using Bot.Core.Rules;

namespace Bot.Core.Tests.Rules;

/// <summary>
/// How a report is spoken: a denial whose speaker is named, with a verb of saying, where the sentence before ends,
/// in the sentence before when the denial's opens with a verb of saying ("He added"), or where the quotation closes; and election hacking told as a risk rather than as what happened. Each with the
/// negatives that keep the rules honest: a state merely named at the end of a sentence does not speak the next one,
/// a news agency's credit in a dateline ("MOSCÚ (Xinhua) —") is not a speaker, and a hack alleged to have happened
/// ("may have") is still one.
/// </summary>
public sealed partial class PresetPhrasingTests
{
    [Fact]
    public void Denial_AgencyRelayingTheQuotation_IsNotTheSpeaker()
    {
        var rules = All.Match("“We categorically deny the hacking charges,” Xinhua quoted Kremlin spokesman Dmitry Peskov as saying.").Select(m => m.RuleName).ToList();

        rules.ShouldContain(Presets.RussiaDenial);
        rules.ShouldNotContain(Presets.ChinaDenial);
    }

    [Theory]
    [InlineData("外交部发言人洪磊主持例行记者会。\n问：美国指责中国黑客攻击美国公司，中方有何评论？\n答：美方有关指责毫无根据。")]
    [InlineData("Conférence de presse du porte-parole de la diplomatie chinoise Hong Lei.\nQ : Washington accuse des pirates chinois d'avoir attaqué des entreprises. Votre commentaire ?\nR : Les accusations américaines sont sans fondement.")]
    public void ChinaDenial_AnswerInAPressConferenceTranscript_IsTheSpokespersons(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    [Fact]
    public void Denial_AnotherStatesEmbassyInTheUs_IsNotChinas()
    {
        // "驻美使馆" alone is China's embassy in Chinese copy; "俄駐美使館" is Russia's.
        var rules = All.Match("俄駐美使館反駁了有關俄羅斯黑客攻擊民主黨的指控，稱其毫無根據。").Select(m => m.RuleName).ToList();

        rules.ShouldContain(Presets.RussiaDenial);
        rules.ShouldNotContain(Presets.ChinaDenial);
        ShouldTrigger("中国驻美使馆发言人表示，有关中国黑客攻击的指控毫无根据。", Presets.ChinaDenial);
    }

    [Fact]
    public void RussiaDenial_AccusationEndingTheSentenceBefore_DoesNotMakeTheNextSubjectAnAccuser()
    {
        // Chinese puts no space after a full stop: "所為" (was the work of) ends one sentence right before "俄羅斯".
        ShouldTrigger("據報道,駭客攻擊為俄羅斯所為。俄羅斯駁斥了美國的指控。", Presets.RussiaDenial);
    }

    [Theory]
    [InlineData("Britain blamed Russian hackers for the attack on parliament, Kremlin spokesman Dmitry Peskov told reporters. These claims are absurd.")]
    [InlineData("Die Bundesregierung macht russische Hacker für den Cyberangriff verantwortlich, sagte Kremlsprecher Peskow. Dafür gebe es keine Beweise.")]
    [InlineData("Londres accuse le renseignement militaire russe de cyberattaques, a déclaré Dmitri Peskov. Ces accusations sont absurdes.")]
    [InlineData("Британия обвинила российских хакеров в атаке на парламент, заявил Песков. Это абсурд и голословные обвинения.")]
    [InlineData("Washington acusa a hackers rusos del ciberataque, dijo el portavoz del Kremlin, Dmitri Peskov. Son acusaciones absurdas.")]
    [InlineData("اتهمت بريطانيا قراصنة روس بمهاجمة البرلمان، قال المتحدث باسم الكرملين ديمتري بيسكوف. وهذه الاتهامات سخيفة.")]
    [InlineData("英国指责俄罗斯黑客攻击议会网络，佩斯科夫说。这些指控是荒谬的。")]
    public void RussiaDenial_SpeakerEndsTheSentenceBefore_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov told reporters the report was a provocation. He added that the hacking claims were absurd.")]
    [InlineData("Kremlsprecher Peskow sprach von einer Provokation. Er betonte, die Vorwürfe der Hackerangriffe seien haltlos.")]
    [InlineData("Песков назвал доклад провокацией. По его словам, обвинения в кибератаках абсурдны.")]
    [InlineData("وقال المتحدث باسم الكرملين ديمتري بيسكوف إن التقرير استفزاز. وأضاف أن اتهامات القرصنة سخيفة.")]
    [InlineData("佩斯科夫表示，这份报告是挑衅。他还说，有关黑客攻击的指控是荒谬的。")]
    public void RussiaDenial_SentenceOpensWithSayingAfterTheSpeakersSentence_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("\"These hacking accusations are absurd. We have said so many times,\" Kremlin spokesman Dmitry Peskov said.")]
    [InlineData("«Обвинения в кибератаках абсурдны. Мы уже много раз об этом говорили», — сказал Песков.")]
    [InlineData("„Die Vorwürfe der Hackerangriffe sind absurd. Ich weiß nichts davon“, sagte Peskow am Dienstag.")]
    [InlineData("« Ces accusations de piratage sont absurdes. Nous l'avons déjà dit plusieurs fois », a déclaré Dmitri Peskov.")]
    [InlineData("«Las acusaciones de ciberataques son absurdas. Ya lo hemos dicho muchas veces», dijo Peskov.")]
    public void RussiaDenial_SpeakerNamedWhereTheQuotationCloses_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Investigators say the hackers who breached the ministry work for the Russian government. There is no evidence that any data was stolen, the ministry said.")]
    [InlineData("The ministry said hackers worked for the Russian government. There is no evidence that any data was stolen.")]
    [InlineData("The hackers were traced to Moscow, said the researchers at Mandiant. There is no evidence that they stole voter data.")]
    [InlineData("Die Ermittler sagen, die Hacker des Cyberangriffs arbeiten für Russland. Es gebe keine Beweise, dass Daten gestohlen wurden.")]
    [InlineData("Le piratage du ministère a été attribué aux services russes, selon l'ANSSI. Il n'y a aucune preuve que des données aient été volées.")]
    [InlineData("\"There is no evidence the vote was hacked. We checked every machine,\" said the election commission.")]
    [InlineData("Britain said Russia was behind the attack on the parliament. According to the ministry, there is no evidence that data was stolen.")]
    [InlineData("US officials said Russian hackers breached the election systems. They added there was no evidence that votes were changed.")]
    public void RussiaDenial_StateOnlyNamedNearADenialOfSomethingElse_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.RussiaDenial);

    [Fact]
    public void Denial_AgencyCreditInTheDateline_IsNotTheSpeaker()
    {
        var rules = All.Match("MOSCÚ (Xinhua) — Las acusaciones de que Rusia hackeó las elecciones son infundadas, dijo el canciller Serguéi Lavrov.").Select(m => m.RuleName).ToList();

        rules.ShouldContain(Presets.RussiaDenial);
        rules.ShouldNotContain(Presets.ChinaDenial);
    }

    [Theory]
    [InlineData("BEIJING, March 3 (Xinhua) -- China firmly rejects the groundless hacking accusations, a spokesperson said.")]
    [InlineData("北京3月3日电（新华社）中方坚决反对美方有关网络攻击的无端指责。")]
    public void ChinaDenial_DatelineCreditBeforeTheStatesOwnDenial_Matches(string text) => ShouldTrigger(text, Presets.ChinaDenial);

    [Theory]
    [InlineData("Could Russian hackers disrupt the midterm elections? Officials fear they could.")]
    [InlineData("Des cyberattaques sont-elles envisageables lors du premier tour de la présidentielle ?")]
    [InlineData("Für den Landeswahlleiter wäre ein Hackerangriff am Wahlabend eine Horrorvorstellung.")]
    [InlineData("Российские хакеры могут вмешаться в электронное голосование, предупредил эксперт.")]
    [InlineData("Los expertos advierten del riesgo de un ciberataque contra el sistema de votación.")]
    [InlineData("حذر الخبراء من أن الهجمات الإلكترونية قد تعرض الانتخابات للخطر.")]
    [InlineData("专家担心黑客可能攻击选举系统。")]
    [InlineData("Cyber threats on Election Day cause more worry than ever.")]
    [InlineData("Gegen Hackerangriffe sieht sich der Bundeswahlleiter gut gerüstet.")]
    [InlineData("ذكرت الإذاعة أن الحكومة تخشى من وقوع هجوم إلكتروني قبل الانتخابات.")]
    [InlineData("Could hackers strike again? Last month, hackers tried the campaign's emails.")]
    [InlineData("Law Enforcement Preparing to Fight Election Cyberattack")]
    [InlineData("US sees no foreign attacks on election infrastructure")]
    [InlineData("Das BSI warnt vor einer Zunahme von Hackerangriffen im Bundestagswahljahr.")]
    [InlineData("L'Anssi met en garde les partis contre les cyberattaques avant la présidentielle.")]
    [InlineData("ЦИК предупреждает о кибератаках во время выборов.")]
    [InlineData("حذرت اللجنة الانتخابية من هجمات إلكترونية على مواقعها.")]
    [InlineData("La seguridad de los procesos electorales enfrenta amenazas que van desde ciberataques hasta la desinformación.")]
    public void ElectionHack_RiskOfAnAttackNotAnAttack_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.ElectionHack);

    [Theory]
    [InlineData("Russian hackers may have accessed voter registration data in two counties.")]
    [InlineData("Die CIA vermutet, dass der russische Geheimdienst über Cyberangriffe versucht haben könnte, die Wahl zu beeinflussen.")]
    [InlineData("Could hackers strike again, and how many networks are still open to them today? Nobody knows that yet, the officials conceded, but last month hackers leaked the campaign's emails.")]
    [InlineData("Хакеры, возможно, еще долго будут иметь доступ к сетям министерства и его партнеров по всей стране, а в марте они взломали серверы избирательной комиссии.")]
    [InlineData("黑客今后可能还会长期潜伏在这些网络中并继续窃取各部门的大量资料，而且候选人竞选团队的电子邮件也在三月遭到入侵。")]
    [InlineData("Пекин стоит за кибератаками и возможно получил доступ к данным избирателей при взломе избирательной комиссии.")]
    [InlineData("قد يكون قد تم اختراق قاعدة بيانات الناخبين في لجنة الانتخابات.")]
    [InlineData("黑客可能已经窃取了选民资料，选举委员会的网络遭到入侵。")]
    public void ElectionHack_HackAllegedToHaveHappened_Matches(string text) => ShouldTrigger(text, Presets.ElectionHack);

    // A quotation over several sentences is its opener's, named before it with a colon or a verb of saying.
    [Theory]
    [InlineData("Peskov told reporters: \"We have read the report about the hacking. It is absurd.\"")]
    [InlineData("Peskow sagte: „Wir haben den Bericht über die Hackerangriffe gelesen. Die Vorwürfe sind absurd.“")]
    [InlineData("Peskov a déclaré : « Nous avons lu le rapport sur le piratage. Ces accusations sont absurdes. »")]
    [InlineData("Peskov dijo: \"Hemos leído el informe sobre el hackeo. Las acusaciones son absurdas.\"")]
    [InlineData("Песков заявил: «Мы видели доклад о хакерских атаках. Эти обвинения абсурдны».")]
    [InlineData("وكتبت زاخاروفا على حسابها: \"اتهموا روسيا بالتدخل في الانتخابات الأمريكية؟ هذا هراء\"!")]
    public void RussiaDenial_DenialInALaterSentenceOfTheSpeakersQuotation_Matches(string text) => ShouldTrigger(text, Presets.RussiaDenial);

    [Theory]
    [InlineData("Russian hackers breached the network, officials say. Blinken told reporters: \"We know who did it. Their denials are absurd.\"")]
    [InlineData("Peskov spoke on Monday. \"We have read the report about the hacking. It is absurd,\" a US official said.")]
    public void RussiaDenial_QuotationOpenedByAnotherSpeaker_DoesNotMatch(string text) => ShouldNotTrigger(text, Presets.RussiaDenial);
}
