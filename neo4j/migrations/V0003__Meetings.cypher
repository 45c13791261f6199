// Meetings, agenda items, attendance, declarations at meetings and decisions.
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agenda_item_id IF NOT EXISTS FOR (n:AgendaItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attendance_id IF NOT EXISTS FOR (n:Attendance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT declaration_id IF NOT EXISTS FOR (n:Declaration) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
// One attendance record per person and meeting: its key is "meetingId|personId", so concurrent writes MERGE safely.
CREATE CONSTRAINT attendance_key IF NOT EXISTS FOR (n:Attendance) REQUIRE n.key IS UNIQUE;
