"""Writes the synthetic LinkedIn sample exports under samples/linkedin/<era>/ (deterministic: the same
bytes on every run). Layouts follow docs/formats/linkedin.md; every name and value is
invented (example.com addresses, fictional people).

    python samples/gen_linkedin.py            # rewrite the four trees and expected.json

Eras:
  2018     Complete export of 2018: UTF-16LE+BOM TAB-delimited Shares.csv (Public/Connections),
           Connections.csv without preamble or URL, the 2018 Messages.csv and Registration.csv
           headers, Articles/<date>.html
  2026     Complete export of 2026: member-id suffixes, MEMBER_NETWORK, a groupPost, the per-line
           quote quirk, a broken Comments file, the Notes: preamble, a fully quoted messages.csv
           header, Articles/Articles/<slug>.html, Jobs/, the same saved answer in both saved-answer
           files, résumé text, every account file seen in real 2023-2026 exports, one file nobody knows
  basic    the Basic (first-part) archive of 2026: profile, connections, messages, registration
  partial  a download of picked categories: Shares.csv, Comments.csv and one article only (2024
           shapes), recognised by their header lines

expected.json holds, per tree, the items by kind and the files by status that the rows written here
must give (hand-derived: see EXPECTED_*). docs/formats/linkedin.md says where each shape was seen.

The folder names are the ones samples/build.py maps to LinkedIn's download names.
"""

# The file contents below are verbatim export lines; wrapping them would change the bytes.
# ruff: noqa: E501

from __future__ import annotations

import json
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
    # The 2018 header (abhishekwebcode/…_11-04-2018); the same registration time as the 2026 sample, so
    # both exports of this account give its profile items the same keys.
    "Registration.csv": ("Registration Date,Registration IP Address,Invited by (First Name),"
                         "Invited by (Last Name),Subscription Types\n\"1/1/10, 10:00 AM\",192.0.2.1,,,\n"),
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
    # The header of a real 2024 export; the endorsee is a synthetic person.
    "Endorsement_Given_Info.csv": """Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status
2026/02/03 10:20:00 UTC,Illustration,Cato,Sample,www.linkedin.com/in/cato-sample,ACCEPTED
""",
    # Headers as in published LinkedIn exports (Volunteering: Company Name,Role,Cause,Started On,…).
    "Volunteering.csv": """Company Name,Role,Cause,Started On,Finished On,Description
Repair Café Lyon,Volunteer designer,Environment,Mar 2024,,Posters for the monthly repair days
""",
    "Courses.csv": """Name,Number
Typography II,ART-202
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
    "Email Addresses.csv": "Email Address,Confirmed,Primary,Updated On\nzoe@example.com,Yes,Yes,\"1/2/26, 9:00 AM\"\n",
    "PhoneNumbers.csv": "Extension,Number,Type\n,+33 4 00 00 00 00,Mobile\n",
    "Whatsapp Phone Numbers.csv": "Number,Extension,Is_WhatsApp_Number\n+33 6 00 00 00 00,,Yes\n",
    # The same question and answer in both saved-answer files, as in a real 2024 export: two records.
    "Jobs/Job Applicant Saved Answers.csv": "Question,Answer\nMobile phone number,+33 6 00 00 00 00\n",
    "Online Job Postings.csv": (
        "Company Name,Title,Employment Status,Company Description,Job Description,Location Description,"
        "Job Functions,Company Industries,Seniority Level,Required Skills,Education Levels,Onsite Apply,"
        "Contact Email,Company Apply Url,Base Salary,Additional Compensation,Job State,Create Date,List Date,"
        "Close Date,Expiration Date\n"
        'Example Studio,Junior Designer,FULL_TIME,,"<p><strong>About</strong></p><p>Join a calm design '
        'team in Lyon.</p>",Lyon,Design,Design Services,ENTRY_LEVEL,Typography,,Yes,zoe@example.com,,,,'
        'CLOSED,"2/1/26, 9:00 AM","2/1/26, 9:10 AM","3/1/26, 9:00 AM","3/1/26, 9:00 AM"\n'),
    "Private_identity_asset.csv": ("Private Identity Asset Name,Private Identity Asset Raw Text\n"
                                   '/AAYABAexample.pdf,"  Zoë Lefèvre  Product designer   EXPERIENCE   '
                                   'Example Studio, 2015–present  "\n'),
    "Publications.csv": "Name,Published On,Description,Publisher,Url\nCalm Interfaces,Mar 2019,An essay,Example Press,https://example.com/calm\n",
    "Honors.csv": "Title,Description,Issued On\nBest Poster,Annual student show,Jun 2012\n",
    "Member Hashtags.csv": "Member Posts About Hashtags\ndesign\ntypography\n",
    "Reviews.csv": ("Reviewee,Review Type,Review Section,Creation Date,Rating,Review Text,Reviewer,Review Tags\n"
                    'Typography Basics,LEARNING_CONTENT_CONSUMPTION,TOP_LEVEL,"12/19/25, 12:32 PM",4,,Zoë Lefèvre,\n'),
    "Duolingo.csv": "Language,Score,Proficiency Level\nSpanish,60,LIMITED_WORKING\n",
    "Inferences_about_you.csv": ("Category,Type of inference,Description,Inference\n"
                                 "Inferred interests,Interested in design media,Based on companies followed.,true\n"),
    "Ads Clicked.csv": "Ad clicked Date,Ad Title/Id\n2026-01-05,123456789\n",
    "LAN Ads Engagement.csv": "Action,Date,Ad Title/Id,Page/App\nCLICK,2026-01-05,123456789,example.com\n",
    "Events.csv": "Event Name,Event Time,Status,External Url\nDesign meetup,\"Jan 12, 2026 04:00 PM - Jan 12, 2026 05:00 PM\",APPROVED,\n",
    f"Hashtag_Follows_{MEMBER_ID}.csv": crlf("HashTag,CreatedTime,LastModifiedTime,State\ndesign,2026-01-03 10:00:00,2026-01-03 10:00:00,FOLLOW\n"),
    "Receipts_v2.csv": ("First Name,Last Name,Billing Country,Postal Code,Transaction Made At,Payment Method Type,"
                        "Invoice Number,Description,Tax Amount,Sub Total,Total Amount,Currency Code\n"
                        "Zoë,Lefèvre,FR,69001,01/11/26 04:41 PM UTC,CARD,100000000001,Premium Career,0.00,0.00,0.00,EUR\n"),
    "ImportedContacts.csv": "FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles\n",
    "Verifications/Verifications.csv": ("First name,Middle name,Last name,Verification type,Organization name,"
                                        "Email address,Country,State,City,Year of birth,Issuing authority,"
                                        "Document type,Verification service provider,Verified date,Expiry date\n"
                                        "ZOË,N/A,LEFÈVRE,ID verification,N/A,N/A,,N/A,N/A,0,FR,pp,Example,2025-02-20,N/A\n"),
    "coach_messages.csv": MESSAGES_HEADER + "\n",
    "learning_role_play_messages.csv": MESSAGES_HEADER + "\n",
    "Learning.csv": ("Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),"
                     "Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),\n"
                     "Typography Basics,An introduction,Course,2025-12-19 12:00 UTC,N/A,false,,\n"),
    # Deliberately unknown: no route names it, so the run must list it as unknown.
    "Creator_Insights_Example.csv": "Metric,Value\nfollowers,12\n",
}


# ---------------------------------------------------------------- 2026 Basic

FILES_BASIC: dict[str, str | bytes] = {
    "Profile.csv": PROFILE_2026,
    "Connections.csv": CONNECTIONS_2026,
    "messages.csv": MESSAGES_2026,
    # A real Basic download of 2023 (mohamedeways/LinkedIn-Profile) holds these too; the registration
    # time gives the Basic and the Complete archive of one account the same keys.
    "Registration.csv": FILES_2026["Registration.csv"],
    "Email Addresses.csv": FILES_2026["Email Addresses.csv"],
}


# ---------------------------------------------------------------- partial download

# "Want something in particular?": only the posts and comments (and articles) picked, no profile, no
# registration: nothing but the files themselves says this is LinkedIn's. 2024 shapes (`SharedURL`,
# CRLF, unquoted multi-line comments).
SHARES_PARTIAL = crlf(f"""Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility
2024-02-12 08:00:00,{U}urn%3Ali%3Ashare%3A7162000000000000001,A short note on calm design.,,,MEMBER_NETWORK
2024-02-20 09:30:00,{U}urn%3Ali%3AugcPost%3A7165000000000000002,"Two lines:
the second one.",https://example.com/calm,,MEMBER_NETWORK
""")

COMMENTS_PARTIAL = crlf(f"""Date,Link,Message
2024-02-13 10:00:00,{U}urn%3Ali%3Aactivity%3A7162500000000000001,Well said.
2024-02-14 11:00:00,{U}urn%3Ali%3AugcPost%3A7162600000000000002,A first thought;
and a second one.
""")

FILES_PARTIAL: dict[str, str | bytes] = {
    "Shares.csv": SHARES_PARTIAL,
    "Comments.csv": COMMENTS_PARTIAL,
    "Articles/Articles/calm-by-default-zoe-lefevre.html": article(
        "Calm by default", "https://www.linkedin.com/pulse/calm-by-default-zoe-lefevre", None, None,
        "<p>Defaults are decisions.</p>"),
}

ERAS = {"2018": FILES_2018, "2026": FILES_2026, "basic": FILES_BASIC, "partial": FILES_PARTIAL}


# ---------------------------------------------------------------- expected counts

# What each file must give, derived by hand from the rows written above (not from a run of the tool):
# ("parsed", {kind: items}), IGNORED (known, not itemised) or UNKNOWN. The rules behind the numbers:
# Profile.csv gives the name plus one item per non-empty public column (Headline, Summary, Industry, Geo
# Location, Websites, Twitter Handles) and one per non-empty private column (Address, Birth Date, Zip
# Code, Instant Messengers, Maiden Name, Contact Instructions); a share without text or media is a
# repost; an invitation with a note is a message, without one a connection; a draft message is dropped;
# a received endorsement is `other`; every other profile-section row is one `profile` item.
IGNORED: tuple[str, dict[str, int]] = ("ignored", {})
UNKNOWN: tuple[str, dict[str, int]] = ("unknown", {})


def parsed(**kinds: int) -> tuple[str, dict[str, int]]:
    return "parsed", kinds


EXPECTED_2018 = {
    "Profile.csv": parsed(profile=10),  # name + 5 public (Twitter Handles empty) + 4 private
    "Shares.csv": parsed(post=2, repost=1),  # the third row has no commentary and no media
    "Connections.csv": parsed(connection=2),
    "Messages.csv": parsed(message=2),
    "Invitations.csv": parsed(message=1, connection=1),
    "Positions.csv": parsed(profile=2),
    "Education.csv": parsed(profile=1),
    "Skills.csv": parsed(profile=2),
    "Languages.csv": parsed(profile=2),
    "Honors.csv": parsed(profile=1),
    "Projects.csv": parsed(profile=1),
    "Causes You Care About.csv": parsed(profile=1),
    "Articles/2017-12-09 04:54:08.html": parsed(article=1),
    "Articles/2018-03-01 10:00:00.html": parsed(article=1),
    **{name: IGNORED for name in (
        "Logins.csv", "Search Queries.csv", "Ad Targeting.csv", "Account Status History.csv",
        "Security Challenges.csv", "Email Addresses.csv", "Phone Numbers.csv", "Registration.csv",
        "Imported Contacts.csv", "Jobs/Saved Jobs.csv", "Jobs/Job Seeker Preferences.csv",
        "SavedJobAlerts.csv")},
}

EXPECTED_2026 = {
    "Profile.csv": parsed(profile=7),  # name + 5 public + Birth Date
    "Profile Summary.csv": parsed(profile=1),
    f"Shares_{MEMBER_ID}.csv": parsed(post=4, repost=1),  # the 2026-02-14 row is empty: a repost
    f"Comments_{MEMBER_ID}.csv": parsed(comment=5),
    f"Reactions_{MEMBER_ID}.csv": parsed(reaction=2),
    f"Votes_{MEMBER_ID}.csv": parsed(reaction=1),
    f"InstantReposts_{MEMBER_ID}.csv": parsed(repost=1),
    "Connections.csv": parsed(connection=3),  # the hidden profile's date-only row included
    "messages.csv": parsed(message=3),  # 4 rows, one a draft
    "guide_messages.csv": parsed(),
    "learning_coach_messages.csv": parsed(),
    "LearningCoachMessages.csv": parsed(),
    "coach_messages.csv": parsed(),
    "learning_role_play_messages.csv": parsed(),
    "Invitations.csv": parsed(message=1, connection=1),
    "Positions.csv": parsed(profile=2),
    "Education.csv": parsed(profile=1),
    "Skills.csv": parsed(profile=3),
    "Certifications.csv": parsed(profile=1),
    "Publications.csv": parsed(profile=1),
    "Honors.csv": parsed(profile=1),
    "Member Hashtags.csv": parsed(profile=2),
    "Recommendations_Received.csv": parsed(profile=2),
    "Recommendations_Given.csv": parsed(profile=1),
    "Endorsement_Received_Info.csv": parsed(other=1),
    "Endorsement_Given_Info.csv": parsed(reaction=1),
    "Volunteering.csv": parsed(profile=1),
    "Courses.csv": parsed(profile=1),
    "Notes.csv": parsed(other=1),
    "Rich_Media.csv": parsed(photo=1, video=1),
    "Articles/Articles/dix-idées-pour-un-design-calme-zoe-lefevre.html": parsed(article=1),
    "Articles/Articles/brouillon-zoe-lefevre.html": parsed(article=1),
    "Jobs/Job Applications.csv": parsed(activity=1),
    "Job Applicant Saved Screening Question Responses.csv": parsed(other=1),
    "Jobs/Job Applicant Saved Answers.csv": parsed(other=1),
    "Online Job Postings.csv": parsed(other=1),
    "Private_identity_asset.csv": parsed(other=1),
    **{name: IGNORED for name in (
        "Jobs/Saved Jobs.csv", "Jobs/Job Seeker Preferences.csv", "Logins.csv", "Registration.csv",
        "Ad_Targeting.csv", "SearchQueries.csv", "Company Follows.csv", f"Member_Follows_{MEMBER_ID}.csv",
        f"Saved_Items_{MEMBER_ID}.csv", "Services Marketplace/Providers.csv", "Email Addresses.csv",
        "PhoneNumbers.csv", "Whatsapp Phone Numbers.csv", "Reviews.csv", "Duolingo.csv",
        "Inferences_about_you.csv", "Ads Clicked.csv", "LAN Ads Engagement.csv", "Events.csv",
        f"Hashtag_Follows_{MEMBER_ID}.csv", "Receipts_v2.csv", "ImportedContacts.csv",
        "Verifications/Verifications.csv", "Learning.csv")},
    "Creator_Insights_Example.csv": UNKNOWN,
}

EXPECTED_BASIC = {
    "Profile.csv": parsed(profile=7),
    "Connections.csv": parsed(connection=3),
    "messages.csv": parsed(message=3),
    "Registration.csv": IGNORED,
    "Email Addresses.csv": IGNORED,
}

EXPECTED_PARTIAL = {
    "Shares.csv": parsed(post=2),
    "Comments.csv": parsed(comment=2),  # the second spans two unquoted lines
    "Articles/Articles/calm-by-default-zoe-lefevre.html": parsed(article=1),
}

EXPECTED = {"2018": EXPECTED_2018, "2026": EXPECTED_2026, "basic": EXPECTED_BASIC,
            "partial": EXPECTED_PARTIAL}


def manifest() -> dict[str, dict]:
    """samples/linkedin/expected.json: one entry per download (each tree is one download)."""
    out = {}
    for era, files in ERAS.items():
        expected = EXPECTED[era]
        assert set(expected) == set(files), f"{era}: files without expected counts or the reverse"
        kinds: dict[str, int] = {}
        statuses = {"parsed": 0, "ignored": 0, "unknown": 0}
        for status, counts in expected.values():
            statuses[status] += 1
            for kind, n in counts.items():
                kinds[kind] = kinds.get(kind, 0) + n
        out[era] = {"trees": [era], "items": sum(kinds.values()), "kinds": dict(sorted(kinds.items())),
                    "files": statuses}
    return out


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
    text = json.dumps(manifest(), indent=2, ensure_ascii=False) + "\n"
    (HERE / "expected.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
