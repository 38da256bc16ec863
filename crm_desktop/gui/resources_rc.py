# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x07\xd2\
/\
* CRM Desktop: a\
 quiet, light lo\
ok on top of the\
 Fusion style. *\
/\x0aQMainWindow, Q\
Dialog { backgro\
und: #f6f7f9; }\x0a\
QToolBar { backg\
round: #ffffff; \
border: none; bo\
rder-bottom: 1px\
 solid #e3e6eb; \
padding: 4px 8px\
; spacing: 4px; \
}\x0aQToolBar QTool\
Button { padding\
: 4px 8px; borde\
r-radius: 6px; c\
olor: #1f2937; }\
\x0aQToolBar QToolB\
utton:hover { ba\
ckground: #eef2f\
7; }\x0aQToolBar QT\
oolButton:disabl\
ed { color: #9aa\
3af; }\x0aQStatusBa\
r { background: \
#ffffff; border-\
top: 1px solid #\
e3e6eb; color: #\
4b5563; }\x0aQLineE\
dit, QPlainTextE\
dit {\x0a    backgr\
ound: #ffffff; b\
order: 1px solid\
 #d5dae1; border\
-radius: 6px; pa\
dding: 4px 6px;\x0a\
    selection-ba\
ckground-color: \
#2563eb;\x0a}\x0aQLine\
Edit:focus, QPla\
inTextEdit:focus\
 { border: 1px s\
olid #2563eb; }\x0a\
QLineEdit#search\
Edit { padding: \
6px 8px; font-si\
ze: 11pt; }\x0aQTab\
leView, QTableWi\
dget, QTextBrows\
er {\x0a    backgro\
und: #ffffff; al\
ternate-backgrou\
nd-color: #f8faf\
c; border: 1px s\
olid #e3e6eb;\x0a  \
  border-radius:\
 6px; selection-\
background-color\
: #dbeafe; selec\
tion-color: #111\
827;\x0a    gridlin\
e-color: #eef0f3\
;\x0a}\x0aQHeaderView:\
:section {\x0a    b\
ackground: #ffff\
ff; color: #4b55\
63; border: none\
; border-bottom:\
 1px solid #e3e6\
eb;\x0a    padding:\
 5px 6px; font-w\
eight: 600;\x0a}\x0aQP\
ushButton#allCon\
tactsButton, QPu\
shButton#trashBu\
tton {\x0a    text-\
align: left; pad\
ding: 6px 8px; b\
order: none; bor\
der-radius: 6px;\
 color: #1f2937;\
\x0a}\x0aQPushButton#a\
llContactsButton\
:checked, QPushB\
utton#trashButto\
n:checked { back\
ground: #dbeafe;\
 color: #1d4ed8;\
 }\x0aQPushButton#a\
llContactsButton\
:hover:!checked,\
 QPushButton#tra\
shButton:hover:!\
checked { backgr\
ound: #eef2f7; }\
\x0aQLabel#accounts\
Heading { color:\
 #6b7280; font-w\
eight: 600; padd\
ing: 10px 2px 2p\
x 2px; }\x0aQLabel#\
matchLabel { col\
or: #6b7280; }\x0aQ\
Label#errorLabel\
, QLabel#fileErr\
orLabel, QLabel#\
mappingErrorLabe\
l { color: #b91c\
1c; }\x0aQSplitter:\
:handle { backgr\
ound: transparen\
t; }\x0aQGroupBox {\
 border: 1px sol\
id #e3e6eb; bord\
er-radius: 6px; \
margin-top: 10px\
; padding-top: 6\
px; }\x0aQGroupBox:\
:title { subcont\
rol-origin: marg\
in; left: 8px; p\
adding: 0 4px; c\
olor: #4b5563; }\
\x0a\
\x00\x00\x00\xfb\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
path d=\x22M9 14L4 \
9l5-5\x22/><path d=\
\x22M4 9h10.5a5.5 5\
.5 0 0 1 0 11H11\
\x22/></svg>\x0a\
\x00\x00\x00\xfc\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
path d=\x22M15 14l5\
-5-5-5\x22/><path d\
=\x22M20 9H9.5a5.5 \
5.5 0 0 0 0 11H1\
3\x22/></svg>\x0a\
\x00\x00\x01\x01\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
path d=\x22M3 6h18M\
8 6V4h8v2M6 6l1 \
15h10l1-15\x22/><pa\
th d=\x22M10 11v6M1\
4 11v6\x22/></svg>\x0a\
\
\x00\x00\x01\x02\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
path d=\x22M16.5 3.\
5a2.1 2.1 0 0 1 \
3 3L8 18l-4 1 1-\
4z\x22/><path d=\x22M1\
4 6l3 3\x22/></svg>\
\x0a\
\x00\x00\x00\xe5\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
path d=\x22M3 6h18M\
8 6V4h8v2M6 6l1 \
15h10l1-15\x22/></s\
vg>\x0a\
\x00\x00\x015\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
circle cx=\x229\x22 cy\
=\x228\x22 r=\x224\x22/><pat\
h d=\x22M2 21v-1a7 \
7 0 0 1 14 0v1\x22/\
><path d=\x22M16 3.\
1a4 4 0 0 1 0 7.\
8M22 21v-1a7 7 0\
 0 0-4-6.3\x22/></s\
vg>\x0a\
\x00\x00\x01\x17\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
circle cx=\x229\x22 cy\
=\x228\x22 r=\x224\x22/><pat\
h d=\x22M2 21v-1a7 \
7 0 0 1 12.5-4.3\
\x22/><path d=\x22M19 \
14v6M16 17h6\x22/><\
/svg>\x0a\
\x00\x00\x01>\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a <rect x=\x222\x22 \
y=\x222\x22 width=\x2260\x22\
 height=\x2260\x22 rx=\
\x2214\x22 fill=\x22#2563\
eb\x22/>\x0a <circle c\
x=\x2232\x22 cy=\x2225\x22 r\
=\x2210\x22 fill=\x22#fff\
fff\x22/>\x0a <path d=\
\x22M14 52c2-10 9-1\
5 18-15s16 5 18 \
15z\x22 fill=\x22#ffff\
ff\x22/>\x0a <circle c\
x=\x2249\x22 cy=\x2215\x22 r\
=\x226\x22 fill=\x22#f59e\
0b\x22/>\x0a</svg>\x0a\
\x00\x00\x00\xf1\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
circle cx=\x2211\x22 c\
y=\x2211\x22 r=\x227\x22/><p\
ath d=\x22M21 21l-4\
.3-4.3\x22/></svg>\x0a\
\
\x00\x00\x01$\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
rect x=\x223\x22 y=\x223\x22\
 width=\x2212\x22 heig\
ht=\x2218\x22 rx=\x221\x22/>\
<path d=\x22M7 7h4M\
7 11h4M7 15h4\x22/>\
<path d=\x22M19 14v\
6M16 17h6\x22/></sv\
g>\x0a\
\x00\x00\x00\xf0\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
path d=\x22M3 12a9 \
9 0 1 0 3-6.7L3 \
8\x22/><path d=\x22M3 \
3v5h5\x22/></svg>\x0a\
\x00\x00\x013\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#3f4a5a\x22 s\
troke-width=\x222\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22><\
path d=\x22M14 3H6a\
1 1 0 0 0-1 1v16\
a1 1 0 0 0 1 1h1\
2a1 1 0 0 0 1-1V\
8z\x22/><path d=\x22M1\
4 3v5h5\x22/><path \
d=\x22M12 11v7M9 15\
l3 3 3-3\x22/></svg\
>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x09\
\x00(\xad#\
\x00s\
\x00t\x00y\x00l\x00e\x00.\x00q\x00s\x00s\
\x00\x08\
\x04\xb2UG\
\x00u\
\x00n\x00d\x00o\x00.\x00s\x00v\x00g\
\x00\x08\
\x0b\xb2U\xc7\
\x00r\
\x00e\x00d\x00o\x00.\x00s\x00v\x00g\
\x00\x0a\
\x0c\xad\x02\x87\
\x00d\
\x00e\x00l\x00e\x00t\x00e\x00.\x00s\x00v\x00g\
\x00\x08\
\x0b\x07W\xa7\
\x00e\
\x00d\x00i\x00t\x00.\x00s\x00v\x00g\
\x00\x09\
\x08\x9b\xad\xc7\
\x00t\
\x00r\x00a\x00s\x00h\x00.\x00s\x00v\x00g\
\x00\x09\
\x0c\x96\xa3\xe7\
\x00u\
\x00s\x00e\x00r\x00s\x00.\x00s\x00v\x00g\
\x00\x0f\
\x0f\x88\xb2\xc7\
\x00c\
\x00o\x00n\x00t\x00a\x00c\x00t\x00-\x00n\x00e\x00w\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x0a\
\x08\x94m\xc7\
\x00s\
\x00e\x00a\x00r\x00c\x00h\x00.\x00s\x00v\x00g\
\x00\x0f\
\x0c\x1bx\xc7\
\x00c\
\x00o\x00m\x00p\x00a\x00n\x00y\x00-\x00n\x00e\x00w\x00.\x00s\x00v\x00g\
\x00\x0b\
\x06y\xcf\xa7\
\x00r\
\x00e\x00s\x00t\x00o\x00r\x00e\x00.\x00s\x00v\x00g\
\x00\x0a\
\x06\x99R'\
\x00i\
\x00m\x00p\x00o\x00r\x00t\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x0c\x00\x00\x00\x03\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00(\x00\x00\x00\x00\x00\x01\x00\x00\x07\xd6\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01*\x00\x00\x00\x00\x00\x01\x00\x00\x12|\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01F\x00\x00\x00\x00\x00\x01\x00\x00\x13p\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xd8\x00\x00\x00\x00\x00\x01\x00\x00\x0f\x1d\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xec\x00\x00\x00\x00\x00\x01\x00\x00\x10_\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x84\x00\x00\x00\x00\x00\x01\x00\x00\x0b\xe0\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00n\x00\x00\x00\x00\x00\x01\x00\x00\x0a\xda\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00>\x00\x00\x00\x00\x00\x01\x00\x00\x08\xd5\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x01\x06\x00\x00\x00\x00\x00\x01\x00\x00\x11T\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x9c\x00\x00\x00\x00\x00\x01\x00\x00\x0c\xc9\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00T\x00\x00\x00\x00\x00\x01\x00\x00\x09\xd5\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\xb4\x00\x00\x00\x00\x00\x01\x00\x00\x0e\x02\
\x00\x00\x00\x00\x00\x00\x03\xe8\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
