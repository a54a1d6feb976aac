"""Writes the synthetic LinkedIn sample exports under samples/linkedin/<era>/ (deterministic: the same
bytes on every run). Layouts follow ../shared/formats/x-linkedin.md part B; every name and value is
invented (example.com addresses, fictional people).

    python samples/gen_linkedin.py            # rewrite the three trees

Eras:
  2018   Complete export of 2018: UTF-16LE+BOM TAB-delimited Shares.csv (Public/Connections),
         Connections.csv without preamble or URL, the 2018 Messages.csv header, Articles/<date>.html
  2026   Complete export of 2026: member-id suffixes, MEMBER_NETWORK, a groupPost, the per-line
         quote quirk, a broken Comments file, the Notes: preamble, a fully quoted messages.csv
         header, Articles/Articles/<slug>.html, Jobs/, account files and one file nobody knows
  basic  the Basic (first-part) archive of 2026: profile, connections and messages only

The folder names are the ones samples/build.py maps to LinkedIn's download names.
"""

# The file contents below are verbatim export lines; wrapping them would change the bytes.
# ruff: noqa: E501

from __future__ import annotations

import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent / "linkedin"
MEMBER_ID = "181000042"
OWNER_URL = "https://www.linkedin.com/in/zoe-lefevre-example"

# The files 2018 exports wrote as UTF-16LE with a BOM, TAB-delimited, every field quoted.
UTF16_TAB = "utf-16-tab"


def utf16_tab(rows: list[list[str]]) -> bytes:
    lines = ["\t".join('"' + cell.replace('"', '""') + '"' for cell in row) for row in rows]
    return b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le")


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


ARTICLE_STYLE = """  <style>
    body { margin: 0 auto; width: 744px; }
    .created, .published { color: rgba(0, 0, 0, 0.55); }
  </style>
"""


def article(title: str, href: str | None, created: str | None, published: str | None, body: str,
            image: bool = True) -> str:
    h1 = f'<h1><a href="{href}">{title}</a></h1>' if href is not None else f"<h1>{title}</h1>"
    parts = ["<html>", "<head>", f"  <title>{title}</title>", '  <meta charset="UTF-8">',
             ARTICLE_STYLE.rstrip("\n"), "</head>", "<body>"]
    if image:
        parts.append('    <img src="https://media.licdn.com/dms/image/example-cover/0" alt="" title="" />')
    parts.append(f"      {h1}")
    if created is not None:
        parts.append(f'    <p class="created">Created on {created}</p>')
    if published is not None:
        parts.append(f'  <p class="published">{published}</p>')
    parts += [f"  <div>{body}</div>", "</body>", "</html>", ""]
    return "\n".join(parts)


# ---------------------------------------------------------------- 2018 Complete

PROFILE_2018 = """First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,Industry,Country,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
Zoë,Lefèvre,,"12 Rue Exemple, Lyon","Mar 05, 1990",,Product designer at Example Studio,"I design calm software.
Before that: print, posters and a lot of coffee.",Design,FR,69001,"Lyon Area, France",,PORTFOLIO:https://example.com/zoe,SKYPE:zoe.example
"""

SHARES_2018 = [
    ["Date", "Share Title", "Share Description", "Share Link", "Share Commentary", "Shared URL",
     "Media URL", "Type", "Visibility"],
    ["2017/06/08 08:15:44 UTC", "", "",
     "https://www.linkedin.com/feed/update/urn:li:activity:6278000000000000001",
     "Our studio turns ten this week. Merci à toute l'équipe!", "", "", "Homepage", "Public"],
    ["2017/09/21 17:02:10 UTC", "", "",
     "https://www.linkedin.com/feed/update/urn:li:activity:6316000000000000002",
     "Only for my network: we are hiring a junior designer in Lyon.", "", "", "Homepage", "Connections"],
    ["2018/02/14 09:30:00 UTC", "A calm interface", "Why less is more",
     "https://www.linkedin.com/feed/update/urn:li:activity:6370000000000000003", "",
     "https://example.com/blog/calm-interface", "", "Homepage", "Public"],
]

CONNECTIONS_2018 = """First Name,Last Name,Email Address,Company,Position,Connected On
Bo,Example,bo@example.com,"Example, Inc.",Engineer,"3/14/17, 9:05 AM"
Cato,Sample,,Example Studio,Illustrator,"11/2/17, 6:40 PM"
"""

MESSAGES_2018 = """From,To,Date,Subject,Content,Direction,Folder
Bo Example,Zoë Lefèvre,"10/16/18, 8:36 AM",Poster project,"Hi Zoë, could we talk about the poster &amp; the deadline?",INCOMING,INBOX
Zoë Lefèvre,Bo Example,"10/16/18, 9:02 AM",RE: Poster project,"Sure, Thursday works.",OUTGOING,SENT
"""

INVITATIONS_2018 = """From,To,Sent At,Message,Direction
Zoë Lefèvre,Cato Sample,"11/1/17, 6:00 PM","Hi Cato, loved your talk on type design.",OUTGOING
Dana Example,Zoë Lefèvre,"1/8/18, 10:15 AM",,INCOMING
"""

POSITIONS_2018 = """Company Name,Title,Description,Location,Started On,Finished On
Example Studio,Product Designer,"Design system, research, a few posters.","Lyon Area, France",Sep 2015,
Sample Print Shop,Junior Designer,,"Lyon Area, France",Jun 2012,Aug 2015
"""

EDUCATION_2018 = """School Name,Start Date,End Date,Notes,Degree Name,Activities
École Exemple de Design,2009,2012,,Licence Design graphique,Atelier typographie
"""

FILES_2018: dict[str, str | bytes] = {
    "Profile.csv": PROFILE_2018,
    "Shares.csv": utf16_tab(SHARES_2018),
    "Connections.csv": CONNECTIONS_2018,
    "Messages.csv": MESSAGES_2018,
    "Invitations.csv": INVITATIONS_2018,
    "Positions.csv": POSITIONS_2018,
    "Education.csv": EDUCATION_2018,
    "Skills.csv": "Name\nTypography\nUser Research\n",
    "Languages.csv": "Name,Proficiency\nFrench,Native or bilingual proficiency\nEnglish,Full professional proficiency\n",
    "Honors.csv": "Title,Description,Issuer,Issue Date\nBest Poster,Annual student show,École Exemple,Jun 2012\n",
    "Projects.csv": "Title,Description,Url,Start Date,End Date\nCalm UI kit,An open design kit,https://example.com/kit,Jan 2017,\n",
    "Causes You Care About.csv": "Supported Cause\nEducation\n",
    "Articles/2017-12-09 04:54:08.html": article(
        "Ten years of calm design", "https://www.linkedin.com/pulse/ten-years-calm-design-zoe-lefevre",
        "2017-12-09 04:54", "Published on 2017-12-10 08:00",
        "<p>What a decade of posters taught me about software.</p><p>Less, but better.</p>"),
    "Articles/2018-03-01 10:00:00.html": article(
        "Untitled", "https://www.linkedin.com/post/edit/6370000000000000009", "2018-03-01 10:00",
        "Not published yet", "<ul><li>notes for a later piece</li></ul>", image=False),
    "Logins.csv": utf16_tab([["Login Date", "IP Address", "User Agent", "Login Type"],
                             ["2018/10/01 08:00:00 UTC", "192.0.2.10", "Example Browser", "WEB"]]),
    "Search Queries.csv": utf16_tab([["Time", "Search Query"], ["2018/09/30 12:00:00 UTC", "design jobs"]]),
    "Ad Targeting.csv": utf16_tab([["Member Age", "Company Names", "Company Names"], ["25 to 34", "A", "B"]]),
    "Account Status History.csv": utf16_tab([["Time", "Status"], ["2010/01/01 00:00:00 UTC", "ACTIVE"]]),
    "Security Challenges.csv": utf16_tab([["Challenge Date", "IP Address", "User Agent", "Country",
                                           "Challenge Type"],
                                          ["2018/05/05 05:05:05 UTC", "192.0.2.11", "Example", "FR",
                                           "EMAIL_PIN"]]),
    "Email Addresses.csv": "Email Address,Confirmed,Primary,Updated On\nzoe@example.com,Yes,Yes,Not Available\n",
    "Phone Numbers.csv": "Extension,Number,Type\n,+33 4 00 00 00 00,Mobile\n",
    "Registration.csv": "Registered At,Registration Ip,Subscription Types\n\"1/1/10, 10:00 AM\",192.0.2.1,Basic\n",
    "Imported Contacts.csv": "First Name,Last Name,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles\n",
    "Jobs/Saved Jobs.csv": "Saved Date,Job Url,Job Title,Company Name\n\"9/1/18, 9:00 AM\",https://www.linkedin.com/jobs/view/1,Designer,Example Studio\n",
    "Jobs/Job Seeker Preferences.csv": "Locations,Industries,Company Employee Count\nLyon,Design,11-50\n",
    "SavedJobAlerts.csv": "Saved Search Id,Alert Parameters\n1,designer lyon\n",
}


# ---------------------------------------------------------------- 2026 Complete

PROFILE_2026 = """First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
Zoë,Lefèvre,,,Mar 5,Design lead at Example Studio · calm software,"I design calm software.
Ten years of posters before that.",Design Services,,"Lyon, Auvergne-Rhône-Alpes, France",,"PORTFOLIO:https://example.com/zoe, COMPANY:https://example.com/studio",
"""

U = "https://www.linkedin.com/feed/update/"
SHARES_2026 = f"""Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility
2026-02-03 09:15:00,{U}urn%3Ali%3Ashare%3A7425000000000000001,"Excited to share our new tool!
""
""Try it today.""\","","",MEMBER_NETWORK
2026-02-10 12:00:00,{U}urn%3Ali%3AgroupPost%3A12345-7427000000000000002,Question for the group: which grid do you use?,"","",MEMBER_NETWORK
2026-02-14 08:30:00,{U}urn%3Ali%3Ashare%3A7428000000000000003,"","","",MEMBER_NETWORK
2026-02-20 18:45:00,{U}urn%3Ali%3AugcPost%3A7431000000000000004,"Testing <script>alert(1)</script> and <img src=x onerror=alert(1)> — see <a href=""javascript:alert(1)"">this</a> 🎉 Café déjà vu, Zoë","javascript:alert(1)","",MEMBER_NETWORK
2026-03-01 07:05:00,{U}urn%3Ali%3AugcPost%3A7433000000000000005,New poster series 🖼️,"",https://www.linkedin.com/dms/prv/image/example-poster-asset,MEMBER_NETWORK
"""

COMMENTS_2026 = crlf(f"""Date,Link,Message
2026-01-10 10:00:00,{U}urn%3Ali%3Aactivity%3A7410000000000000001,Congratulations on the launch!
2026-01-11 11:30:00,{U}urn%3Ali%3AugcPost%3A7410000000000000002,Two thoughts:
first, measure before you optimise;
second, write it down.
2026-01-12 12:45:00,{U}urn%3Ali%3Aactivity%3A7410000000000000003,"Great point, I'd add \\"context\\" too."
2026-01-13 08:00:00,{U}urn%3Ali%3AgroupPost%3A12345-7410000000000000004,Thanks for having me in this group.
2026-01-14 09:00:00,{U}urn%3Ali%3Aactivity%3A7410000000000000005?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7410000000000000005%2C7410000000000000099%29,Agreed.
""")

REACTIONS_2026 = crlf(f"""Date,Type,Link
2026-01-20 09:30:12,LIKE,{U}urn:li:activity:7412000000000000001
2026-01-21 10:00:00,EMPATHY,{U}urn:li:groupPost:12345-7412000000000000002
""")

VOTES_2026 = crlf(f"""Date,Link,OptionText
2026-01-22 10:00:00,{U}urn:li:activity:7413000000000000001,Option B
""")

INSTANT_REPOSTS_2026 = f"""Date,Link
2026-03-01 08:00:00,{U}urn:li:activity:7430000000000000000
"""

CONNECTIONS_NOTE = ('"When exporting your connection data, you may notice that some of the email addresses '
                    'are missing. You will only see email addresses for connections who have allowed '
                    'their connections to see or download their email address using this setting '
                    'https://www.linkedin.com/psettings/privacy/email. You can learn more here '
                    'https://www.linkedin.com/help/linkedin/answer/261"')

CONNECTIONS_2026 = f"""Notes:
{CONNECTIONS_NOTE}

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Bo,Example,https://www.linkedin.com/in/bo-example,bo@example.com,"Example, Inc.",Engineer,08 Feb 2026
Cato,Sample,https://www.linkedin.com/in/cato-sample,,Example Studio,Illustrator,14 Mar 2017
,,,,,,07 Jun 2026
"""

MESSAGES_HEADER_2026 = ('"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO",'
                        '"RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS",'
                        '"IS MESSAGE DRAFT","IS CONVERSATION DRAFT"')
BO_URL = "https://www.linkedin.com/in/bo-example"
CATO_URL = "https://www.linkedin.com/in/cato-sample"
MESSAGES_2026 = f"""{MESSAGES_HEADER_2026}
"2-ZXhhbXBsZS0x==","","Bo Example","{BO_URL}","Zoë Lefèvre","{OWNER_URL}","2026-01-15 09:12:00 UTC","","Hi Zoë,
thanks for connecting.","INBOX","","No","No"
"2-ZXhhbXBsZS0x==","","Zoë Lefèvre","{OWNER_URL}","Bo Example","{BO_URL}","2026-01-15 09:40:00 UTC","","Merci Bo! Coffee next week?","INBOX","","No","No"
"2-ZXhhbXBsZS0x==","","Zoë Lefèvre","{OWNER_URL}","Bo Example","{BO_URL}","2026-01-16 10:00:00 UTC","","half-written reply","INBOX","","Yes","No"
"2-ZXhhbXBsZS0y==","Design roles","Cato Sample","{CATO_URL}","Zoë Lefèvre","{OWNER_URL}","2026-02-02 16:20:00 UTC","Design roles","<p class=""spinmail-quill-editor__spin-break"">We are hiring &amp; thought of you.</p>","INBOX","","No","No"
"""

MESSAGES_HEADER = ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
                   "DATE,SUBJECT,CONTENT,FOLDER")

INVITATIONS_2026 = f"""From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
Zoë Lefèvre,Bo Example,"1/29/26, 2:37 PM","Hi Bo, great talk today!",OUTGOING,{OWNER_URL},{BO_URL}
Dana Example,Zoë Lefèvre,"2/3/26, 9:05 AM",,INCOMING,https://www.linkedin.com/in/dana-example,{OWNER_URL}
"""

FILES_2026: dict[str, str | bytes] = {
    "Profile.csv": PROFILE_2026,
    "Profile Summary.csv": 'Profile Summary\n"I design calm software.\n\nTen years of posters before that."\n',
    f"Shares_{MEMBER_ID}.csv": SHARES_2026,
    f"Comments_{MEMBER_ID}.csv": COMMENTS_2026,
    f"Reactions_{MEMBER_ID}.csv": REACTIONS_2026,
    f"Votes_{MEMBER_ID}.csv": VOTES_2026,
    f"InstantReposts_{MEMBER_ID}.csv": INSTANT_REPOSTS_2026,
    "Connections.csv": CONNECTIONS_2026,
    "messages.csv": MESSAGES_2026,
    "guide_messages.csv": MESSAGES_HEADER + "\n",
    "learning_coach_messages.csv": MESSAGES_HEADER + "\n",
    "LearningCoachMessages.csv": "No conversations found",
    "Invitations.csv": INVITATIONS_2026,
    "Positions.csv": """Company Name,Title,Description,Location,Started On,Finished On
Example Studio,Design Lead,"Leads a team of four; owns the design system.","Lyon, Auvergne-Rhône-Alpes, France",Oct 2022,
Example Studio,Product Designer,,"Lyon Area, France",Sep 2015,Sep 2022
""",
    "Education.csv": """School Name,Start Date,End Date,Notes,Degree Name,Activities
École Exemple de Design,2009,2012,,Licence Design graphique,Atelier typographie
""",
    "Skills.csv": "Name\nTypography\nUser Research\nDesign Systems\n",
    "Certifications.csv": """Name,Url,Authority,Started On,Finished On,License Number
Example Accessibility Specialist,https://example.com/cert/1,Example Institute,Jan 2023,,ABC-123
""",
    "Recommendations_Received.csv": """First Name,Last Name,Company,Job Title,Text,Creation Date,Status
Bo,Example,"Example, Inc.",Engineer,"Zoë makes hard things simple, and kind.","03/04/26, 10:00 AM",VISIBLE
Cato,Sample,Example Studio,Illustrator,A draft I never showed.,"02/01/26, 09:00 AM",HIDDEN
""",
    "Recommendations_Given.csv": """First Name,Last Name,Company,Job Title,Text,Creation Date,Status
Cato,Sample,Example Studio,Illustrator,"Cato draws the clearest diagrams I know.","01/20/26, 11:00 AM",VISIBLE
""",
    "Endorsement_Received_Info.csv": """Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status
2026/02/01 15:02:55 UTC,Typography,Bo,Example,www.linkedin.com/in/bo-example,ACCEPTED
""",
    "Notes.csv": f"""Connection First Name,Connection Last Name,Connection Profile URL,Note,Created On,Edited On
Bo,Example,{BO_URL},Met at the Lyon design meetup; likes posters.,2026-02-09,2026-02-09
""",
    "Rich_Media.csv": """Date/Time,Media Description,Media Link
"You uploaded a photo on April 12, 2026 at 8:03 AM (GMT)",Photo,https://www.linkedin.com/dms/prv/image/example-photo-asset
"You uploaded a video on April 13, 2026 at 6:15 PM (GMT)",Video,https://www.linkedin.com/dms/prv/video/example-video-asset
""",
    "Articles/Articles/dix-idées-pour-un-design-calme-zoe-lefevre.html": article(
        "Dix idées pour un design calme",
        "https://www.linkedin.com/pulse/dix-id%C3%A9es-pour-un-design-calme-zoe-lefevre", None, None,
        "<p>Première idée : enlever.</p><p>Deuxième idée : attendre.</p>"),
    "Articles/Articles/brouillon-zoe-lefevre.html": article(
        "Brouillon", "https://www.linkedin.com/pulse/brouillon-zoe-lefevre", "2026-03-02 10:00",
        "Published on ---", "<p>Ideas for a later piece.</p>", image=False),
    "Jobs/Job Applications.csv": """Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers
"1/5/26, 4:12 PM",zoe@example.com,,Example Corp,Design Director,https://www.linkedin.com/jobs/view/4000000001,zoe-cv.pdf,Years of experience: 10
""",
    "Jobs/Saved Jobs.csv": "Saved Date,Job Url,Job Title,Company Name\n\"1/2/26, 8:00 AM\",https://www.linkedin.com/jobs/view/4000000002,Art Director,Example Corp\n",
    "Jobs/Job Seeker Preferences.csv": "Locations,Industries,Company Employee Count,Semantic Preferences\nLyon,Design,11-50,\n",
    "Job Applicant Saved Screening Question Responses.csv": "Question,Answer\nAre you willing to relocate?,No\n",
    "Logins.csv": "Login Date,IP Address,User Agent,Login Type\n2026-02-28 08:00:00 UTC,192.0.2.10,Example Browser,WEB\n",
    "Registration.csv": "Registered At,Registration Ip,Subscription Types\n\"1/1/10, 10:00 AM\",192.0.2.1,Basic\n",
    "Ad_Targeting.csv": ("Member Age,Buyer Groups,Company Names,Company Names,Company Names,Job Titles,"
                         "Job Titles,Job Titles\n25 to 34,Design,A,B,C,Designer,Lead,Director\n"),
    "SearchQueries.csv": "Time,Search Query\n2026-02-27 12:00:00 UTC,design systems\n",
    "Company Follows.csv": "Organization,Followed On\nExample Studio,\"1/5/21, 10:00 AM\"\n",
    f"Member_Follows_{MEMBER_ID}.csv": crlf("Date,Status,FullName\n2026-01-03 10:00:00,Active,Bo Example\n"),
    f"Saved_Items_{MEMBER_ID}.csv": crlf(f"savedItem,CreatedTime\n{U}urn:li:activity:7411000000000000001,2026-01-04 10:00:00\n"),
    "Services Marketplace/Providers.csv": "Creation Time,Marketplace Type,ProFinder Service Category,Media\n",
    # Deliberately unknown: no route names it, so the run must list it as unknown.
    "Creator_Insights_Example.csv": "Metric,Value\nfollowers,12\n",
}


# ---------------------------------------------------------------- 2026 Basic

FILES_BASIC: dict[str, str | bytes] = {
    "Profile.csv": PROFILE_2026,
    "Connections.csv": CONNECTIONS_2026,
    "messages.csv": MESSAGES_2026,
}

ERAS = {"2018": FILES_2018, "2026": FILES_2026, "basic": FILES_BASIC}


def write(base: Path, files: dict[str, str | bytes]) -> None:
    if base.exists():
        shutil.rmtree(base)
    for rel, content in sorted(files.items()):
        path = base / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        path.write_bytes(data)


def main() -> None:
    for era, files in ERAS.items():
        write(HERE / era, files)
        print(f"samples/linkedin/{era}: {len(files)} files")


if __name__ == "__main__":
    main()
