/**
 * @module Trigger rules for acts of states: export controls, their suspension, licences and licence applications,
 * quotas, tariffs, trade restrictions, trade talks and trade agreements. One object per rule; `event-rules.ts` joins
 * the tables. Each rule has a test sentence in `rules-vocabulary.test.ts`.
 */
import type { EventRule } from "./event-rules.ts";

/** Verbs that end or hold back a measure (`suspend`, `lift`, `roll back`). */
const UNDO =
  "suspend\\w*|paus\\w*|lift\\w*|postpone\\w*|delay\\w*|defer\\w*|waiv\\w*|scrap\\w*|revok\\w*|rescind\\w*|roll\\w* back|remov\\w*";
/** Nouns of export controls that a suspension acts on. */
const CONTROL_NOUNS =
  "export controls?|export restrictions?|control measures|export ban|export curbs|curbs|controls|restrictions|announcements?|declarations?|decrees?";

export const STATE_RULES: EventRule[] = [
  {
    type: "export_control_suspension",
    form: "act",
    pattern: new RegExp(
      `\\b(?:${UNDO})\\b[^;:]{0,60}?\\b(?:${CONTROL_NOUNS})\\b|\\b(?:export controls?|export restrictions?|control measures|export ban)\\b[^;:]{0,40}?\\b(?:suspended|paused|lifted|postponed|deferred|waived|scrapped|revoked|rescinded|removed|rolled back)\\b`,
      "gi",
    ),
    anchors: [
      "suspen",
      "paus",
      "lift",
      "postpone",
      "delay",
      "defer",
      "waiv",
      "\\bscrap",
      "revok",
      "rescind",
      "rolled back",
      "roll back",
      "rolls back",
      "remov",
    ],
  },
  {
    type: "export_control_suspension",
    form: "event",
    pattern:
      /\b(?:suspension|pause|postponement|lifting|removal|waiver|rollback|deferral) (?:of|on) (?:the |its |these |those )?[\w -]{0,30}?(?:controls?|restrictions|measures|ban|announcements?|rules|decrees?|declarations?)\b/gi,
    anchors: ["suspension", "pause", "postponement", "lifting", "removal", "waiver", "rollback", "deferral"],
  },
  {
    type: "export_license",
    form: "act",
    pattern:
      /\b(?:issu\w*|grant\w*|approv\w*)\b[^;:]{0,50}?\b(?:(?:export )?licen[cs]e(?:s| applications)|(?:export )?applications)\b|\blicen[cs]es (?:[\w-]+ ){0,6}?(?:were|have been|had been|will be|would be|are being) (?:issued|granted|approved)\b|\b(?:received|obtained|secured|won|got|been (?:granted|issued|given))\b[^;:.]{0,40}?\blicen[cs]es?\b|\bapprov(?:e|es|ed|ing)\b (?:the |some |several |a few )?(?:[\w-]+ ){0,3}?(?:exports|shipments) (?:of|to)\b/gi,
    anchors: ["licen", "applications", "approv"],
  },
  {
    type: "export_license",
    form: "thing",
    pattern: /\bgeneral licen[cs]es?\b|\blicen[cs]e approvals?\b/gi,
    anchors: ["general licen", "approval"],
  },
  {
    type: "export_license_application",
    form: "act",
    pattern:
      /\b(?:appl(?:y|ied|ies|ying) for|seek\w*|sought|await\w*|wait\w* for|request\w*|submit\w*|fil(?:e|ed|es|ing))\b[^;:.]{0,40}?\blicen[cs]es?\b|\b(?:appl(?:y|ied|ies|ying) for|seek\w*|sought|request\w*) (?:export |shipping )?permits?\b|\btr(?:y|ying|ied|ies) to (?:get|obtain|secure)\b[^;:.]{0,30}?\blicen[cs]es?\b|(?<!\b(?:requir\w*|must|needs?|obliged|forced|ha(?:ve|s) to)\b[^;:.]{0,50})\bto (?:get|obtain|secure)\b[^;:.]{0,30}?\blicen[cs]es?\b|\bapplications? for (?:an? )?(?:export |dual-use )?licen[cs]es?\b/gi,
    anchors: ["licen", "permit"],
  },
  {
    type: "export_control",
    form: "act",
    pattern:
      /\brestrict(?:s|ed|ing)? (?:the )?(?:[\w-]+ ){0,3}?exports?\b(?! to)|\b(?:bann?\w*|curb\w*|prohibit\w*|barr?(?:s|ed|ing)?|embargo\w*) (?:the )?exports?\b|\bsubject to (?:Chinese |China's |its )?export (?:controls?|licen[cs]ing|licen[cs]es?|permits?)\b|\brequire\w* (?:prior )?approval\b(?<=\b(?:exports?|re-exports?|goods|items|technolog\w*)\b[^.;:]{0,90})|\brequire\w* (?:prior )?approval\b(?=[^.;:]{0,80}\b(?:exports?|re-exports?|resell|ship|goods|items|technolog\w*)\b)|\brequire\w* (?:prior )?(?:permits?|(?:an? )?(?:export )?licen[cs]es?)\b|\brequire\w* [^;:.]{0,60}?\bto (?:obtain|apply for|seek|secure|get|hold) (?:an? |prior )?[\w -]{0,30}?(?:licen[cs]es?|permits?|approval)\b|\bneed\w* (?:an? )?(?:export )?(?:permits?|licen[cs]es?)\b|\badd\w* [^;:]{0,60}?\b(?:export )?control(?:led)? (?:list|catalogue|catalog)\b|\b(?:will|shall) not be (?:permitted|allowed) (?:to be exported )?without (?:prior |an? )?(?:approval|permission|licen[cs]es?|permits?)\b/gi,
    anchors: [
      "restrict",
      "\\bban",
      "\\bcurb",
      "prohibit",
      "\\bbar",
      "embargo",
      "subject to",
      "require",
      "need",
      "control list",
      "controlled list",
      "control catalog",
      "without",
    ],
  },
  {
    type: "export_control",
    form: "thing",
    pattern:
      /\bexport (?:controls?|restrictions|curbs|bans?|embargo(?:es)?|permits|licen[cs]ing (?:regime|requirements?|system))(?: measures| regimes?| rules| lists?)?\b|\bcontrols? on (?:the )?(?:[\w-]+ ){0,3}?exports?\b|\brestrictions on (?:the )?(?:[\w-]+ ){0,3}?exports? of\b|\bcontrol measures\b|\blicen[cs]ing (?:regime|requirements?)\b|\bcurbs on (?:[\w-]+ ){0,3}?exports\b|\bdual-use (?:items? )?(?:export )?controls?\b/gi,
    anchors: [
      "export control",
      "export restriction",
      "export curb",
      "export ban",
      "export embargo",
      "export permit",
      "export licen",
      "controls on",
      "restrictions on",
      "control measures",
      "licensing regime",
      "licencing regime",
      "licensing requirement",
      "licencing requirement",
      "curbs on",
      "dual-use",
    ],
    // `export licen` also finds `export licences`, which the pattern does not take; `controls? on` is singular too.
    gate: [
      "export control",
      "export restriction",
      "export curb",
      "export ban",
      "export embargo",
      "export permit",
      "export licensing",
      "export licencing",
      "control on",
      "controls on",
      "restrictions on",
      "control measures",
      "licensing regime",
      "licencing regime",
      "licensing requirement",
      "licencing requirement",
      "curbs on",
      "dual-use",
    ],
  },
  {
    type: "quota",
    form: "thing",
    pattern:
      /\b(?:mining |production |smelting |separation |export |output |import )?quotas?\b|\b(?:total (?:amount )?)?control (?:indicators?|indices|index)\b|\b(?:mining|output|production) caps?\b/gi,
    anchors: [
      "quota",
      "control indicator",
      "control ind",
      "mining cap\\b",
      "mining caps\\b",
      "output cap\\b",
      "output caps\\b",
      "production cap\\b",
      "production caps\\b",
    ],
  },
  {
    type: "tariff",
    form: "thing",
    pattern:
      /\btariffs?\b|\bimport dut(?:y|ies)\b|\b(?:anti-dumping|countervailing|customs|export|retaliatory|punitive) (?:dut(?:y|ies)|levies|levy|taxe?s?)\b|\bimport levies\b/gi,
    anchors: ["tariff", "dut", "levies", "levy", "export tax"],
  },
  {
    type: "trade_talks",
    form: "event",
    pattern:
      /\btrade talks\b|\bsummit\b|\bnegotiations\b|\btalks (?:between|with)\b|\bmeeting between\b|\bmet with\b|\b(?:held|hold|holds|holding) talks\b|\b(?:economic and trade |trade )?consultations? (?:between|with)\b|\bdialogue (?:between|with)\b|\b(?:phone|video) call (?:between|with)\b|\b(?:held|had|hold|holds) (?:a )?(?:phone|video) call\b|\b(?:negotiators|delegations|delegates|trade ministers|envoys|officials from (?:both|the two) (?:sides|countries|governments))\b[^.;:]{0,40}?\bmet\b/gi,
    anchors: [
      "talks",
      "summit",
      "negotiations",
      "meeting between",
      "met with",
      "consultation",
      "dialogue",
      "phone call",
      "video call",
      "\\bmet\\b",
    ],
  },
  {
    type: "trade_talks",
    form: "event",
    // Case-sensitive: talks or a meeting in a named place (`talks in London`, `a meeting in Geneva`).
    pattern: /\b(?:[Tt]alks|[Nn]egotiations|[Mm]eeting|[Mm]eetings) (?:in|at) (?:the )?[A-Z][a-z]+/g,
    anchors: ["talks in", "talks at", "negotiations in", "meeting in", "meetings in", "meeting at"],
  },
  {
    type: "trade_agreement",
    form: "event",
    pattern:
      /\btrade (?:deal|agreement|truce|pact|accord)s?\b|\bagreements? between\b|\btruce\b|\b(?:bilateral|critical minerals?|minerals?|economic) (?:framework|deal|agreement|pact|accord|partnership)s?\b|\b(?:pact|accord|agreement|deal|framework)s? on (?:critical |strategic )?(?:minerals|rare earths?|magnets|export controls|tariffs)\b/gi,
    anchors: [
      "trade deal",
      "trade agreement",
      "trade truce",
      "trade pact",
      "agreement",
      "truce",
      "\\bpact",
      "\\baccord\\b",
      "\\baccords\\b",
      "framework",
      "minerals deal",
      "mineral deal",
      "deal on",
      "partnership",
    ],
  },
  {
    type: "trade_agreement",
    form: "act",
    pattern:
      /\b(?:sign\w*|formali[sz]\w*|ink\w*|conclud\w*)\b (?:a |an |the )?(?:[\w-]+ ){0,3}?framework\b/gi,
    anchors: ["framework"],
  },
  {
    type: "trade_restriction",
    form: "act",
    pattern:
      /\brestrictions on (?:[\w.]+ )?exports to\b|\b(?:add\w*|plac\w*|put(?:s|ting)?)\b [^;:]{0,50}?\bentity list\b|\bblacklist\w*\b|\bblock\w* (?:a |the |its )?(?:[\w-]+ ){0,3}?(?:takeover|acquisition|investment|purchase)\b|\border\w* [^;:.]{0,40}?\bto divest\b/gi,
    anchors: ["restrictions on", "entity list", "blacklist", "block", "divest"],
  },
  {
    type: "trade_restriction",
    form: "thing",
    pattern:
      /\b(?:unreliable )?entity list\b|\bsanctions?\b|\bimport bans?\b|\binvestment (?:restrictions|screening rules)\b/gi,
    anchors: ["entity list", "sanction", "import ban", "investment restriction", "investment screening"],
  },
];
