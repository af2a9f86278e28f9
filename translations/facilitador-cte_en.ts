<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_MX">
<context>
    <name>ApprovalCommand</name>
    <message>
        <source>aprobar un compromiso enviado</source>
        <translation>approve a commitment sent</translation>
    </message>
    <message>
        <source>aprobar «%1»</source>
        <translation>approve “%1”</translation>
    </message>
    <message numerus="yes">
        <source>rechazar %n envío(s)</source>
        <translation>
            <numerusform>reject %n submission</numerusform>
            <numerusform>reject %n submissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceCommand</name>
    <message>
        <source>quitar la marca de asistencia</source>
        <translation>clear the attendance mark</translation>
    </message>
    <message>
        <source>marcar ausente</source>
        <translation>mark absent</translation>
    </message>
    <message>
        <source>marcar presente</source>
        <translation>mark present</translation>
    </message>
    <message>
        <source>anotar la hora de llegada</source>
        <translation>note the arrival time</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No se pudo crear la carpeta de copias %1.</source>
        <translation>Could not create the backup folder %1.</translation>
    </message>
    <message>
        <source>No se pudo guardar la copia %1.</source>
        <translation>Could not save the backup %1.</translation>
    </message>
    <message>
        <source>La copia %1 ya no existe.</source>
        <translation>The backup %1 no longer exists.</translation>
    </message>
    <message>
        <source>No se pudo apartar la bitácora actual; no se restauró nada.</source>
        <translation>Could not set the current logbook aside; nothing was restored.</translation>
    </message>
    <message>
        <source>No se pudo copiar la copia de seguridad a %1.</source>
        <translation>Could not copy the backup to %1.</translation>
    </message>
</context>
<context>
    <name>BitacoraArchive</name>
    <message>
        <source>La sesión %1 no existe en la bitácora.</source>
        <translation>Session %1 does not exist in the logbook.</translation>
    </message>
    <message>
        <source>La escuela pedida no participa en esta sesión.</source>
        <translation>The requested school does not take part in this session.</translation>
    </message>
    <message>
        <source>no es una fecha y hora ISO 8601</source>
        <translation>is not an ISO 8601 date and time</translation>
    </message>
    <message>
        <source>no existe «%1»</source>
        <translation>“%1” does not exist</translation>
    </message>
    <message>
        <source>El archivo no es una bitácora de Facilitador CTE.</source>
        <translation>The file is not a Facilitador CTE logbook.</translation>
    </message>
    <message>
        <source>El archivo es de una versión más nueva de Facilitador CTE (formato %1); actualice el programa para importarlo.</source>
        <translation>The file comes from a newer version of Facilitador CTE (format %1); update the program to import it.</translation>
    </message>
    <message>
        <source>no es una CCT válida</source>
        <translation>is not a valid CCT</translation>
    </message>
    <message>
        <source>tipo de hoja desconocido: %1</source>
        <translation>unknown sheet type: %1</translation>
    </message>
    <message>
        <source>falta este campo</source>
        <translation>this field is missing</translation>
    </message>
    <message>
        <source>la guía no es válida: %1</source>
        <translation>the guide is not valid: %1</translation>
    </message>
    <message>
        <source>debe ser pendiente, en_proceso, cumplido o no_cumplido</source>
        <translation>must be pendiente, en_proceso, cumplido or no_cumplido</translation>
    </message>
    <message>
        <source>no corresponde a nada</source>
        <translation>does not match anything</translation>
    </message>
    <message>
        <source>debe ser pending, approved o rejected</source>
        <translation>must be pending, approved or rejected</translation>
    </message>
    <message>
        <source>no es una fecha AAAA-MM-DD</source>
        <translation>is not a YYYY-MM-DD date</translation>
    </message>
    <message>
        <source>debe ser posterior a plannedStart</source>
        <translation>must be later than plannedStart</translation>
    </message>
    <message>
        <source>no es una hora HH:mm</source>
        <translation>is not an HH:mm time</translation>
    </message>
    <message>
        <source>la clave «%1» está repetida</source>
        <translation>the key “%1” is repeated</translation>
    </message>
    <message>
        <source>Esta bitácora ya tiene la sesión de este archivo.</source>
        <translation>This logbook already has the session in this file.</translation>
    </message>
    <message>
        <source>%1: dato dañado en la bitácora; se exportó %2</source>
        <translation>%1: damaged value in the logbook; %2 was exported</translation>
    </message>
    <message>
        <source>%1: dato dañado en la bitácora (texto vacío)</source>
        <translation>%1: damaged value in the logbook (empty text)</translation>
    </message>
    <message>
        <source>(dato dañado: no se pudo leer)</source>
        <translation>(damaged value: it could not be read)</translation>
    </message>
    <message>
        <source>la CCT %1 ya es de otra escuela del archivo</source>
        <translation>the CCT %1 already belongs to another school in the file</translation>
    </message>
    <message>
        <source>debe ser commitment o agreement</source>
        <translation>must be commitment or agreement</translation>
    </message>
    <message>
        <source>otro envío del archivo tiene el mismo dispositivo e identificador</source>
        <translation>another submission in the file has the same device and identifier</translation>
    </message>
    <message>
        <source>la actividad %1 no está en la guía del archivo</source>
        <translation>activity %1 is not in the file&apos;s guide</translation>
    </message>
    <message>
        <source>la sesión terminaría antes de empezar</source>
        <translation>the session would end before it starts</translation>
    </message>
    <message>
        <source>session.endedAtMs: el fin quedó antes del inicio (¿se atrasó el reloj de la computadora?); se exportó el inicio</source>
        <translation>session.endedAtMs: the end was before the start (was the computer&apos;s clock set back?); the start was exported</translation>
    </message>
    <message>
        <source>Esta bitácora ya tiene la sesión de este archivo, igual o más reciente.</source>
        <translation>This bitácora already has this file&apos;s session, as recent or newer.</translation>
    </message>
</context>
<context>
    <name>BitacoraDocument</name>
    <message>
        <source>Director(a)</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>  [tachada]</source>
        <translation>  [struck out]</translation>
    </message>
    <message>
        <source>Cuaderno de Bitácora del CTE</source>
        <translation>CTE Logbook</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cuaderno de Bitácora del CTE · %1 · %2</source>
        <translation>CTE Logbook · %1 · %2</translation>
    </message>
    <message>
        <source>La sesión %1 no existe en la bitácora.</source>
        <translation>Session %1 does not exist in the logbook.</translation>
    </message>
    <message>
        <source>La escuela pedida no participa en esta sesión.</source>
        <translation>The requested school does not take part in this session.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Horario</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 a %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Inicio real</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Término real</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>sin terminar</source>
        <translation>not finished</translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Zona escolar</source>
        <translation>School zone</translation>
    </message>
    <message>
        <source>Escuelas participantes</source>
        <translation>Participating schools</translation>
    </message>
    <message>
        <source>%1 de %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Escuela</source>
        <translation>School</translation>
    </message>
    <message>
        <source>CCT</source>
        <translation>CCT</translation>
    </message>
    <message>
        <source>Nivel</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Turno</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Presentes</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Sin registrar</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Presente</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Presente (llegó %1)</source>
        <translation>Present (arrived %1)</translation>
    </message>
    <message>
        <source>Ausente</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Sin escuela</source>
        <translation>No school</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Función</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Grado o sección</source>
        <translation>Grade or section</translation>
    </message>
    <message>
        <source>Firma</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Registran</source>
        <translation>Recorders</translation>
    </message>
    <message>
        <source>(sin designar)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>Agenda: tiempos planeados y reales</source>
        <translation>Agenda: planned and actual times</translation>
    </message>
    <message>
        <source>Receso (propuesta del director)</source>
        <translation>Break (the principal&apos;s proposal)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>N.º</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Actividad</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Plan (min)</source>
        <translation>Plan (min)</translation>
    </message>
    <message>
        <source>Real (min)</source>
        <translation>Actual (min)</translation>
    </message>
    <message>
        <source>Registro de las actividades</source>
        <translation>Record of the activities</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Actividad %1. %2</source>
        <translation>Activity %1. %2</translation>
    </message>
    <message>
        <source>Lectura</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Las notas individuales son privadas: no se incluyen.</source>
        <translation>Individual notes are private: they are not included.</translation>
    </message>
    <message>
        <source>Quienes registran</source>
        <translation>Recorders</translation>
    </message>
    <message>
        <source>Problemática</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Entorno social</source>
        <translation>Social setting</translation>
    </message>
    <message>
        <source>Alumnos</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Grupos</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Docentes y agentes</source>
        <translation>Teachers and staff</translation>
    </message>
    <message>
        <source>Infraestructura</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Prácticas que ayudaron</source>
        <translation>Practices that helped</translation>
    </message>
    <message>
        <source>Prácticas que no ayudaron</source>
        <translation>Practices that did not help</translation>
    </message>
    <message>
        <source>Véase «Compromisos personales».</source>
        <translation>See “Personal commitments”.</translation>
    </message>
    <message>
        <source>Véase «Seguimiento de compromisos».</source>
        <translation>See “Follow-up of commitments”.</translation>
    </message>
    <message>
        <source>Véase «Próxima reunión».</source>
        <translation>See “Next meeting”.</translation>
    </message>
    <message>
        <source>n.º %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>Evidencias</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>%1 (véase el anexo)</source>
        <translation>%1 (see the appendix)</translation>
    </message>
    <message>
        <source>Sin registros.</source>
        <translation>Nothing recorded.</translation>
    </message>
    <message>
        <source>Seguimiento de compromisos</source>
        <translation>Follow-up of commitments</translation>
    </message>
    <message>
        <source> (antes: %1)</source>
        <translation> (before: %1)</translation>
    </message>
    <message>
        <source>Sin compromisos que revisar.</source>
        <translation>No commitments to review.</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Compromiso o acuerdo (como se hizo)</source>
        <translation>Commitment or agreement (as made)</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Indicador de logro</source>
        <translation>Achievement indicator</translation>
    </message>
    <message>
        <source>Evidencia vista</source>
        <translation>Evidence seen</translation>
    </message>
    <message>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Resumen por escuela</source>
        <translation>Summary by school</translation>
    </message>
    <message>
        <source>Compromisos personales</source>
        <translation>Personal commitments</translation>
    </message>
    <message>
        <source>Participante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Mis alumnos requieren mejorar…</source>
        <translation>My students need to improve…</translation>
    </message>
    <message>
        <source>Me comprometo a implementar…</source>
        <translation>I commit to implementing…</translation>
    </message>
    <message>
        <source>Compartiré en marzo mediante…</source>
        <translation>I will share in March through…</translation>
    </message>
    <message>
        <source>Evidencias e instrumentos</source>
        <translation>Evidence and instruments</translation>
    </message>
    <message>
        <source>Acuerdos de seguimiento</source>
        <translation>Follow-up agreements</translation>
    </message>
    <message>
        <source>Necesidades de asesoría externa por escuela</source>
        <translation>External advice needed by each school</translation>
    </message>
    <message>
        <source>pendiente de entregar</source>
        <translation>still to be handed in</translation>
    </message>
    <message>
        <source>Próxima reunión</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Balance de los directores</source>
        <translation>Principals&apos; review</translation>
    </message>
    <message>
        <source>Firmas</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>El director o la directora de la escuela valida este registro.</source>
        <translation>The school&apos;s principal validates this record.</translation>
    </message>
    <message>
        <source>Los directores de las escuelas participantes validan este registro.</source>
        <translation>The principals of the participating schools validate this record.</translation>
    </message>
    <message>
        <source>Anexo: evidencias</source>
        <translation>Appendix: evidence</translation>
    </message>
    <message>
        <source>Evidencia %1 · Actividad %2. %3</source>
        <translation>Evidence %1 · Activity %2. %3</translation>
    </message>
    <message>
        <source>Evidencia %1 · Actividad %2</source>
        <translation>Evidence %1 · Activity %2</translation>
    </message>
    <message>
        <source>Archivo: %1 · %2</source>
        <translation>File: %1 · %2</translation>
    </message>
    <message>
        <source> · no se pudo leer la imagen</source>
        <translation> · the image could not be read</translation>
    </message>
    <message>
        <source> · guardado dentro de la bitácora: se obtiene una copia desde Facilitador CTE</source>
        <translation> · kept inside the logbook: get a copy from Facilitador CTE</translation>
    </message>
    <message>
        <source>%1 (no se realizó en esta sesión)</source>
        <translation>%1 (not done in this session)</translation>
    </message>
    <message>
        <source>Ajuste (min)</source>
        <translation>Adjusted (min)</translation>
    </message>
    <message>
        <source>Ajuste: los minutos con que se recuperó tiempo durante la sesión; el plan queda como se hizo.</source>
        <translation>Adjusted: the minutes set when time was recovered during the session; the plan stays as it was made.</translation>
    </message>
    <message>
        <source>* Minutos propuestos por Facilitador CTE (o por quien dirige): la guía no los fija. El receso también es una propuesta.</source>
        <translation>* Minutes proposed by Facilitador CTE (or by whoever leads): the guide does not set them. The break is a proposal too.</translation>
    </message>
    <message>
        <source>Véase «%1».</source>
        <translation>See “%1”.</translation>
    </message>
    <message>
        <source>Sin compromisos registrados.</source>
        <translation>No commitments recorded.</translation>
    </message>
    <message>
        <source>Acuerdos del colectivo</source>
        <translation>The staff&apos;s agreements</translation>
    </message>
    <message>
        <source>Escuela o grupo</source>
        <translation>School or group</translation>
    </message>
    <message numerus="yes">
        <source> (y %n de otras escuelas)</source>
        <translation>
            <numerusform> (and %n from another school)</numerusform>
            <numerusform> (and %n from other schools)</numerusform>
        </translation>
    </message>
    <message>
        <source>Las que se pidieron en la sesión anterior.</source>
        <translation>Those requested in the earlier session.</translation>
    </message>
    <message>
        <source>Quien suple a %1 (ausente)</source>
        <translation>Standing in for %1 (absent)</translation>
    </message>
    <message>
        <source>Fotografía de evidencia: %1</source>
        <translation>Evidence photograph: %1</translation>
    </message>
</context>
<context>
    <name>BitacoraLock</name>
    <message>
        <source>La bitácora %1 ya está abierta en otra ventana de Facilitador CTE (proceso %2). Use esa ventana; esta no escribirá nada.</source>
        <translation>The logbook %1 is already open in another Facilitador CTE window (process %2). Use that window; this one will write nothing.</translation>
    </message>
    <message>
        <source>No se pudo apartar la bitácora %1 para esta ventana: la carpeta no se puede escribir.</source>
        <translation>Could not reserve the logbook %1 for this window: the folder is not writable.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Facilitador CTE: conduce la sesión del Consejo Técnico Escolar y lleva su Cuaderno de Bitácora.</source>
        <translation>Facilitador CTE: runs the School Technical Council (CTE) session and keeps its logbook.</translation>
    </message>
    <message>
        <source>Muestra esta ayuda.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>Muestra la versión.</source>
        <translation>Shows the version.</translation>
    </message>
    <message>
        <source>Usa la bitácora ARCHIVO en lugar de la predeterminada.</source>
        <translation>Uses the logbook FILE instead of the default one.</translation>
    </message>
    <message>
        <source>ARCHIVO</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Abre la sesión de demostración de tres escuelas (la crea si no existe).</source>
        <translation>Opens the three-school demo session (creating it if needed).</translation>
    </message>
    <message>
        <source>Muestra las actividades de la guía y termina.</source>
        <translation>Lists the guide&apos;s activities and exits.</translation>
    </message>
    <message>
        <source>Exporta la bitácora a PDF y termina.</source>
        <translation>Exports the logbook to PDF and exits.</translation>
    </message>
    <message>
        <source>SALIDA.pdf</source>
        <translation>OUTPUT.pdf</translation>
    </message>
    <message>
        <source>Exporta la bitácora completa a JSON y termina.</source>
        <translation>Exports the whole logbook to JSON and exits.</translation>
    </message>
    <message>
        <source>SALIDA.json</source>
        <translation>OUTPUT.json</translation>
    </message>
    <message>
        <source>Exporta los compromisos a CSV y termina.</source>
        <translation>Exports the commitments to CSV and exits.</translation>
    </message>
    <message>
        <source>SALIDA.csv</source>
        <translation>OUTPUT.csv</translation>
    </message>
    <message>
        <source>Importa una bitácora JSON como sesión nueva.</source>
        <translation>Imports a JSON logbook as a new session.</translation>
    </message>
    <message>
        <source>ENTRADA.json</source>
        <translation>INPUT.json</translation>
    </message>
    <message>
        <source>La sesión que se exporta (por omisión, la última abierta).</source>
        <translation>The session to export (by default, the last one opened).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tamaño de página del PDF: carta (predeterminado) o a4.</source>
        <translation>PDF page size: letter (default) or a4.</translation>
    </message>
    <message>
        <source>TAMAÑO</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Deja fuera del PDF las entradas tachadas.</source>
        <translation>Leaves struck-out entries out of the PDF.</translation>
    </message>
    <message>
        <source>Exporta la bitácora propia de la escuela con esa CCT (PDF, JSON y CSV).</source>
        <translation>Exports the own logbook of the school with that CCT (PDF, JSON and CSV).</translation>
    </message>
    <message>
        <source>CCT</source>
        <translation>CCT</translation>
    </message>
    <message>
        <source>Escribe en CARPETA la bitácora de cada escuela en PDF y termina.</source>
        <translation>Writes each school&apos;s logbook as a PDF into FOLDER and exits.</translation>
    </message>
    <message>
        <source>CARPETA</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Crea una sesión de seguimiento de la sesión ID (sus escuelas, participantes, compromisos y acuerdos) y dice su número.</source>
        <translation>Creates a follow-up session of session ID (its schools, participants, commitments and agreements) and prints its number.</translation>
    </message>
    <message>
        <source>Usa la guía del archivo GUIA.json (validada) para las sesiones nuevas.</source>
        <translation>Uses the guide in the file GUIDE.json (validated) for new sessions.</translation>
    </message>
    <message>
        <source>GUIA.json</source>
        <translation>GUIDE.json</translation>
    </message>
    <message>
        <source>Una guía de sesión para las sesiones nuevas (como --guide).</source>
        <translation>A session guide for new sessions (like --guide).</translation>
    </message>
    <message>
        <source>Argumento desconocido: %1</source>
        <translation>Unknown argument: %1</translation>
    </message>
    <message>
        <source>--follow-up-of espera un número de sesión.</source>
        <translation>--follow-up-of expects a session number.</translation>
    </message>
    <message>
        <source>--school espera una CCT de 10 caracteres, como 09DPR1234X.</source>
        <translation>--school expects a 10-character CCT, such as 09DPR1234X.</translation>
    </message>
    <message>
        <source>Tamaño de página desconocido: %1 (use carta o a4).</source>
        <translation>Unknown page size: %1 (use carta or a4).</translation>
    </message>
    <message>
        <source>--session espera un número de sesión.</source>
        <translation>--session expects a session number.</translation>
    </message>
    <message>
        <source>Use --help para ver las opciones.</source>
        <translation>Use --help to see the options.</translation>
    </message>
    <message>
        <source>La guía no es válida:</source>
        <translation>The guide is not valid:</translation>
    </message>
    <message>
        <source>La bitácora %1 no existe; no se creó ninguna.</source>
        <translation>The logbook %1 does not exist; none was created.</translation>
    </message>
    <message>
        <source>No se pudo abrir %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>%1 es demasiado grande para ser una bitácora.</source>
        <translation>%1 is too large to be a logbook.</translation>
    </message>
    <message>
        <source>No se importó %1:</source>
        <translation>%1 was not imported:</translation>
    </message>
    <message>
        <source>Importada como sesión %1.</source>
        <translation>Imported as session %1.</translation>
    </message>
    <message>
        <source>La bitácora no tiene la sesión %1.</source>
        <translation>The logbook has no session %1.</translation>
    </message>
    <message>
        <source>Sesión de seguimiento creada: %1.</source>
        <translation>Follow-up session created: %1.</translation>
    </message>
    <message>
        <source>La bitácora %1 no tiene esa sesión; no hay nada que exportar.</source>
        <translation>The logbook %1 has no such session; there is nothing to export.</translation>
    </message>
    <message>
        <source>La escuela %1 no participa en la sesión %2.</source>
        <translation>School %1 does not take part in session %2.</translation>
    </message>
    <message>
        <source>La bitácora %1 está abierta en una ventana de Facilitador CTE (proceso %2); no se escribió nada en ella. Cierre esa ventana y vuelva a intentarlo; exportar sí se puede.</source>
        <translation>The logbook %1 is open in a Facilitador CTE window (process %2); nothing was written to it. Close that window and try again; exporting does work.</translation>
    </message>
    <message>
        <source>Aviso: %1.</source>
        <translation>Warning: %1.</translation>
    </message>
    <message>
        <source>Abre la ventana con la participación desde teléfonos ya activa en DIRECCIÓN (una IPv4 de este equipo; PUERTO 0 toma uno libre) y escribe la dirección para unirse, con su código.</source>
        <translation>Opens the window with participation from phones already on at ADDRESS (an IPv4 address of this computer; PORT 0 takes a free one) and prints the address to join, with its code.</translation>
    </message>
    <message>
        <source>DIRECCIÓN[:PUERTO]</source>
        <translation>ADDRESS[:PORT]</translation>
    </message>
    <message>
        <source>--phones espera una dirección IPv4 y, si se quiere, un puerto: 192.168.1.20 o 192.168.1.20:8383.</source>
        <translation>--phones expects an IPv4 address and, optionally, a port: 192.168.1.20 or 192.168.1.20:8383.</translation>
    </message>
    <message>
        <source>%1 min, propuesta</source>
        <translation>%1 min, proposal</translation>
    </message>
    <message>
        <source>%1 min por escuela, de la guía</source>
        <translation>%1 min per school, from the guide</translation>
    </message>
    <message>
        <source>%1 min, de la guía</source>
        <translation>%1 min, from the guide</translation>
    </message>
    <message>
        <source>Revisa la guía GUIA.json y dice sus problemas, o «sin problemas», y termina.</source>
        <translation>Checks the guide GUIA.json, prints its problems or “no problems”, and exits.</translation>
    </message>
    <message>
        <source>%1: 1 problema</source>
        <translation>%1: 1 problem</translation>
    </message>
    <message>
        <source>%1: %2 problemas</source>
        <translation>%1: %2 problems</translation>
    </message>
    <message>
        <source>%1: sin problemas (%2 apartados, %3 actividades).</source>
        <translation>%1: no problems (%2 sections, %3 activities).</translation>
    </message>
    <message>
        <source>Se creó la bitácora %1.</source>
        <translation>Created the logbook %1.</translation>
    </message>
    <message>
        <source>Aviso: ninguna letra instalada dibuja %1; en el PDF cada uno va en un recuadro con su código.</source>
        <translation>Warning: no installed font draws %1; in the PDF each is printed in a box with its code.</translation>
    </message>
    <message>
        <source>CARPETA|ARCHIVO</source>
        <translation>FOLDER|FILE</translation>
    </message>
    <message>
        <source>Añadida: %1 (sesión %2).</source>
        <translation>Added: %1 (session %2).</translation>
    </message>
    <message>
        <source>Rechazada: %1: %2</source>
        <translation>Refused: %1: %2</translation>
    </message>
    <message>
        <source>Reúne en la bitácora las bitácoras JSON de las escuelas de la zona: las de la CARPETA o el ARCHIVO (se puede repetir); cada sesión una vez (una exportación más reciente reemplaza a la anterior) y sin notas privadas. Dice qué se añadió, qué se reemplazó, qué ya estaba y qué se rechazó, y por qué.</source>
        <translation>Gathers the zone&apos;s schools&apos; JSON bitácoras into this bitácora: those in FOLDER or the FILE (can be repeated); each session once (a newer export replaces the older one) and without private notes. Says what was added, what was replaced, what was already there and what was refused, and why.</translation>
    </message>
    <message>
        <source>Reemplazada: %1 (sesión %2): es una exportación más reciente que la que había (sesión %3, quitada).</source>
        <translation>Replaced: %1 (session %2): a newer export than the one here (session %3, removed).</translation>
    </message>
    <message>
        <source>Ya estaba: %1 (sesión %2, igual o más reciente).</source>
        <translation>Already here: %1 (session %2, as recent or newer).</translation>
    </message>
    <message>
        <source>Reunidas %1 bitácoras: %2 añadidas, %3 reemplazadas, %4 ya estaban, %5 rechazadas.</source>
        <translation>Gathered %1 bitácoras: %2 added, %3 replaced, %4 already here, %5 refused.</translation>
    </message>
    <message>
        <source>Escribe el reporte de la zona (cada escuela y el total: asistencia, compromisos por estado, escuelas sin seguimiento, problemas en común) de las bitácoras reunidas, en PDF o, si el nombre termina en .csv, en CSV, y termina.</source>
        <translation>Writes the zone&apos;s report (each school and the total: attendance, commitments by state, schools without a follow-up, shared problems) of the gathered bitácoras, as PDF or, if the name ends in .csv, as CSV, and exits.</translation>
    </message>
    <message>
        <source>REPORTE.pdf|REPORTE.csv</source>
        <translation>REPORT.pdf|REPORT.csv</translation>
    </message>
    <message>
        <source>Reporte de la zona: %1 (%2 escuelas, %3 sesiones).</source>
        <translation>Zone report: %1 (%2 schools, %3 sessions).</translation>
    </message>
    <message>
        <source>Publica las sesiones de la bitácora (o la de --session) en la base PostgreSQL de la zona, cada una en una transacción: publicar dos veces no cambia nada y una exportación más reciente reemplaza a la anterior. La contraseña va en PGPASSWORD o en ~/.pgpass; nunca se guarda ni se muestra.</source>
        <translation>Publishes the bitácora&apos;s sessions (or the --session one) to the zone&apos;s PostgreSQL database, each in one transaction: publishing twice changes nothing and a newer export replaces the older one. The password goes in PGPASSWORD or ~/.pgpass; it is never stored or shown.</translation>
    </message>
    <message>
        <source>postgresql://USUARIO@SERVIDOR/BASE</source>
        <translation>postgresql://USER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>Con --zone-report: lee la zona de esa base PostgreSQL en vez de la bitácora.</source>
        <translation>With --zone-report: reads the zone from that PostgreSQL database instead of the bitácora.</translation>
    </message>
    <message>
        <source>--zone-from va con --zone-report.</source>
        <translation>--zone-from goes with --zone-report.</translation>
    </message>
    <message>
        <source>Publicada: «%1».</source>
        <translation>Published: “%1”.</translation>
    </message>
    <message>
        <source>Reemplazada en la zona: «%1» (esta es más reciente).</source>
        <translation>Replaced in the zone: “%1” (this one is newer).</translation>
    </message>
    <message>
        <source>Sin cambios: «%1» ya estaba publicada igual.</source>
        <translation>No change: “%1” was already published as it is.</translation>
    </message>
    <message>
        <source>No se publicó «%1»: la zona tiene una versión más reciente.</source>
        <translation>“%1” was not published: the zone has a newer version.</translation>
    </message>
    <message>
        <source>Publicación en %1: %2 nuevas, %3 reemplazadas, %4 sin cambios, %5 más recientes en la zona, %6 fallidas.</source>
        <translation>Publication to %1: %2 new, %3 replaced, %4 unchanged, %5 newer in the zone, %6 failed.</translation>
    </message>
</context>
<context>
    <name>CommitSyncer</name>
    <message>
        <source>El disco no confirmó lo escrito (%1); se reintenta.</source>
        <translation>The disk did not confirm what was written (%1); trying again.</translation>
    </message>
</context>
<context>
    <name>DamageScan</name>
    <message>
        <source>la entrada %1</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <source>el compromiso %1</source>
        <translation>commitment %1</translation>
    </message>
    <message>
        <source>la sesión %1</source>
        <translation>session %1</translation>
    </message>
    <message>
        <source>la escuela %1</source>
        <translation>school %1</translation>
    </message>
    <message>
        <source>el participante %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <source>fecha de creación</source>
        <translation>creation date</translation>
    </message>
    <message>
        <source>fecha de edición</source>
        <translation>edit date</translation>
    </message>
    <message>
        <source>fecha en que se tachó</source>
        <translation>date it was struck out</translation>
    </message>
    <message>
        <source>texto</source>
        <translation>text</translation>
    </message>
    <message>
        <source>hoja</source>
        <translation>sheet</translation>
    </message>
    <message>
        <source>título</source>
        <translation>title</translation>
    </message>
    <message>
        <source>fecha de la sesión</source>
        <translation>session date</translation>
    </message>
    <message>
        <source>CCT</source>
        <translation>CCT</translation>
    </message>
    <message>
        <source>nombre</source>
        <translation>name</translation>
    </message>
    <message>
        <source>dato dañado en %1: %2</source>
        <translation>damaged value in %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No se pudo preparar un dato</source>
        <translation>Could not prepare a value</translation>
    </message>
    <message>
        <source>No se pudo leer o escribir la bitácora</source>
        <translation>Could not read or write the logbook</translation>
    </message>
    <message>
        <source>La bitácora %1 no existe.</source>
        <translation>The logbook %1 does not exist.</translation>
    </message>
    <message>
        <source>No se pudo crear la carpeta %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>No se pudo crear la bitácora %1: la carpeta no se puede escribir.</source>
        <translation>Could not create the logbook %1: the folder is not writable.</translation>
    </message>
    <message>
        <source>La bitácora %1 tiene cambios recientes en su archivo -wal y su carpeta no se puede escribir. Cópiela a una carpeta propia y ábrala desde ahí.</source>
        <translation>The logbook %1 has recent changes in its -wal file and its folder is not writable. Copy it to a folder of your own and open it from there.</translation>
    </message>
    <message>
        <source>No se pudo abrir la bitácora %1 (%2).</source>
        <translation>Could not open the logbook %1 (%2).</translation>
    </message>
    <message>
        <source>La bitácora %1 está dañada.</source>
        <translation>The logbook %1 is damaged.</translation>
    </message>
    <message>
        <source>No se pudo preparar una consulta</source>
        <translation>Could not prepare a query</translation>
    </message>
    <message>
        <source>La bitácora %1 es de una versión anterior de Facilitador CTE: ábrala una vez con la aplicación para ponerla al día.</source>
        <translation>The logbook %1 comes from an older version of Facilitador CTE: open it once with the application to bring it up to date.</translation>
    </message>
    <message>
        <source>La bitácora %1 fue creada por una versión más nueva de Facilitador CTE. Actualice el programa para abrirla.</source>
        <translation>The logbook %1 was created by a newer version of Facilitador CTE. Update the program to open it.</translation>
    </message>
    <message>
        <source>No se pudo escribir la copia en %1.</source>
        <translation>Could not write the copy to %1.</translation>
    </message>
    <message>
        <source>No se pudo escribir en la bitácora</source>
        <translation>Could not write to the logbook</translation>
    </message>
    <message>
        <source>el archivo no se puede escribir</source>
        <translation>the file is not writable</translation>
    </message>
    <message>
        <source>otra ventana o programa está usando la bitácora</source>
        <translation>another window or program is using the logbook</translation>
    </message>
    <message>
        <source>el archivo está dañado o no es una bitácora</source>
        <translation>the file is damaged or is not a logbook</translation>
    </message>
    <message>
        <source>%1 no es una bitácora: es una carpeta u otra cosa que no es un archivo. No se modificó.</source>
        <translation>%1 is not a logbook: it is a folder or something else that is not a file. It was not changed.</translation>
    </message>
    <message>
        <source>No hay permiso para leer la bitácora %1.</source>
        <translation>There is no permission to read the logbook %1.</translation>
    </message>
    <message>
        <source>%1 no es una bitácora de Facilitador CTE (no es una base de datos SQLite). No se modificó.</source>
        <translation>%1 is not a Facilitador CTE logbook (it is not an SQLite database). It was not changed.</translation>
    </message>
    <message>
        <source>La bitácora %1 es de solo lectura: se puede consultar y exportar, pero no escribir en ella.</source>
        <translation>The logbook %1 is read-only: it can be viewed and exported, but not written to.</translation>
    </message>
    <message>
        <source>el disco no permitió leer o escribir el archivo</source>
        <translation>the disk did not allow the file to be read or written</translation>
    </message>
    <message>
        <source>No se pudo escribir la copia en %1: %2.</source>
        <translation>The copy could not be written to %1: %2.</translation>
    </message>
    <message>
        <source>no se pudo reemplazar</source>
        <translation>it could not be replaced</translation>
    </message>
    <message>
        <source>%1 es una base de datos de otro programa, no una bitácora de Facilitador CTE. No se modificó.</source>
        <translation>%1 is another program&apos;s database, not a Facilitador CTE logbook. It was not changed.</translation>
    </message>
    <message>
        <source>La copia no puede ir sobre la bitácora abierta: elija otro nombre.</source>
        <translation>The copy cannot go over the open logbook: choose another name.</translation>
    </message>
    <message>
        <source>No hay permiso para escribir en %1.</source>
        <translation>There is no permission to write to %1.</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Falta la sesión de demostración.</source>
        <translation>The demo session is missing.</translation>
    </message>
</context>
<context>
    <name>DiskJobs</name>
    <message>
        <source>Falló la escritura por un error inesperado (falta de memoria, quizá); no se perdió nada de la bitácora.</source>
        <translation>Writing failed with an unexpected error (out of memory, perhaps); nothing in the bitácora was lost.</translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <source>«%1» pesa %2; el límite por archivo es %3. Reduzca la foto o guarde el documento con menos páginas.</source>
        <translation>“%1” is %2; the limit per file is %3. Make the photo smaller or save the document with fewer pages.</translation>
    </message>
    <message>
        <source>No se pudo leer «%1»: %2</source>
        <translation>Could not read “%1”: %2</translation>
    </message>
    <message>
        <source>«%1» pesa más de %2.</source>
        <translation>“%1” is larger than %2.</translation>
    </message>
    <message>
        <source>«%1» está vacío.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>«%1» parece una imagen, pero no se pudo leer (%2).</source>
        <translation>“%1” looks like an image but could not be read (%2).</translation>
    </message>
    <message>
        <source>No se pudo preparar la imagen «%1».</source>
        <translation>Could not prepare the image “%1”.</translation>
    </message>
    <message>
        <source>«%1» es una imagen incompleta o dañada: falta parte de ella. Cópiela de nuevo desde la cámara o el teléfono.</source>
        <translation>“%1” is an incomplete or damaged image: part of it is missing. Copy it again from the camera or the phone.</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>Participante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Escuela</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Grado o sección</source>
        <translation>Grade or section</translation>
    </message>
    <message>
        <source>Mis alumnos requieren mejorar</source>
        <translation>My students need to improve</translation>
    </message>
    <message>
        <source>Me comprometo a implementar</source>
        <translation>I commit to implementing</translation>
    </message>
    <message>
        <source>Compartiré los resultados en marzo mediante</source>
        <translation>I will share the results in March through</translation>
    </message>
    <message>
        <source>Evidencias e instrumentos</source>
        <translation>Evidence and instruments</translation>
    </message>
    <message>
        <source>Tachado</source>
        <translation>Struck out</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No se pudo crear la carpeta %1.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>La sesión %1 no existe.</source>
        <translation>Session %1 does not exist.</translation>
    </message>
    <message>
        <source>Seguimiento: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <source>Seguimiento %1: %2</source>
        <translation>Follow-up %1: %2</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <source>el título</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>el identificador</source>
        <translation>the identifier</translation>
    </message>
    <message>
        <source>la fuente</source>
        <translation>the source</translation>
    </message>
    <message>
        <source>los propósitos</source>
        <translation>the purposes</translation>
    </message>
    <message>
        <source>los materiales</source>
        <translation>the materials</translation>
    </message>
    <message>
        <source>los productos</source>
        <translation>the products</translation>
    </message>
    <message>
        <source>el título del apartado</source>
        <translation>the section title</translation>
    </message>
    <message>
        <source>los minutos</source>
        <translation>the minutes</translation>
    </message>
    <message>
        <source>el origen de los minutos</source>
        <translation>where the minutes come from</translation>
    </message>
    <message>
        <source>los minutos fijos</source>
        <translation>the fixed minutes</translation>
    </message>
    <message>
        <source>el temporizador</source>
        <translation>the timer</translation>
    </message>
    <message>
        <source>los minutos por turno</source>
        <translation>the minutes per turn</translation>
    </message>
    <message>
        <source>los pasos</source>
        <translation>the steps</translation>
    </message>
    <message>
        <source>las preguntas</source>
        <translation>the questions</translation>
    </message>
    <message>
        <source>las frases para iniciar</source>
        <translation>the sentence starters</translation>
    </message>
    <message>
        <source>la lectura</source>
        <translation>the reading</translation>
    </message>
    <message>
        <source>lo que presenta</source>
        <translation>what it presents</translation>
    </message>
    <message>
        <source>las hojas</source>
        <translation>the sheets</translation>
    </message>
    <message>
        <source>un campo</source>
        <translation>a field</translation>
    </message>
    <message>
        <source>lo que se prepara</source>
        <translation>what is prepared</translation>
    </message>
    <message>
        <source>lo que prepara cada escuela</source>
        <translation>what each school prepares</translation>
    </message>
</context>
<context>
    <name>GuideLoader</name>
    <message>
        <source>debe ser un objeto</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>debe ser &quot;guide&quot; o &quot;proposal&quot;</source>
        <translation>must be &quot;guide&quot; or &quot;proposal&quot;</translation>
    </message>
    <message>
        <source>debe ser &quot;activity&quot; o &quot;perSchool&quot;</source>
        <translation>must be &quot;activity&quot; or &quot;perSchool&quot;</translation>
    </message>
    <message>
        <source>tipo de hoja desconocido: %1</source>
        <translation>unknown sheet type: %1</translation>
    </message>
    <message>
        <source>debe ser &quot;purposes&quot;, &quot;products&quot;, &quot;materials&quot; o &quot;agenda&quot;</source>
        <translation>must be &quot;purposes&quot;, &quot;products&quot;, &quot;materials&quot; or &quot;agenda&quot;</translation>
    </message>
    <message>
        <source>el documento debe ser un objeto JSON</source>
        <translation>the document must be a JSON object</translation>
    </message>
    <message>
        <source>debe ser una lista no vacía de apartados</source>
        <translation>must be a non-empty list of sections</translation>
    </message>
    <message>
        <source>debe ser una lista no vacía de actividades</source>
        <translation>must be a non-empty list of activities</translation>
    </message>
    <message>
        <source>se esperaba la actividad %1</source>
        <translation>activity %1 was expected</translation>
    </message>
    <message>
        <source>la guía no tiene actividades</source>
        <translation>the guide has no activities</translation>
    </message>
    <message>
        <source>no se pudo abrir la guía %1: %2</source>
        <translation>could not open the guide %1: %2</translation>
    </message>
    <message>
        <source>la guía pesa más de %1 KiB</source>
        <translation>the guide is larger than %1 KiB</translation>
    </message>
    <message>
        <source>campo desconocido; ¿quiso decir &quot;%1&quot;?</source>
        <translation>unknown field; did you mean &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>campo desconocido (los campos posibles: %1)</source>
        <translation>unknown field (possible fields: %1)</translation>
    </message>
    <message>
        <source>el apartado %1 está repetido</source>
        <translation>section %1 is repeated</translation>
    </message>
    <message>
        <source>se esperaba el apartado %1</source>
        <translation>section %1 was expected</translation>
    </message>
</context>
<context>
    <name>GuideOutline</name>
    <message>
        <source>Nueva actividad</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Nuevo apartado</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Nueva guía</source>
        <translation>New guide</translation>
    </message>
    <message>
        <source>%1 (copia)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>identificador</source>
        <translation>identifier</translation>
    </message>
    <message>
        <source>título</source>
        <translation>title</translation>
    </message>
    <message>
        <source>fuente</source>
        <translation>source</translation>
    </message>
    <message>
        <source>propósitos</source>
        <translation>purposes</translation>
    </message>
    <message>
        <source>materiales</source>
        <translation>materials</translation>
    </message>
    <message>
        <source>preparación</source>
        <translation>preparation</translation>
    </message>
    <message>
        <source>preparación por escuela</source>
        <translation>preparation per school</translation>
    </message>
    <message>
        <source>productos</source>
        <translation>products</translation>
    </message>
    <message>
        <source>apartados</source>
        <translation>sections</translation>
    </message>
    <message>
        <source>actividades</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>número</source>
        <translation>number</translation>
    </message>
    <message>
        <source>minutos</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>origen de los minutos</source>
        <translation>origin of the minutes</translation>
    </message>
    <message>
        <source>minutos fijos</source>
        <translation>fixed minutes</translation>
    </message>
    <message>
        <source>temporizador</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>minutos por turno</source>
        <translation>minutes per turn</translation>
    </message>
    <message>
        <source>pasos</source>
        <translation>steps</translation>
    </message>
    <message>
        <source>preguntas</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>frases para iniciar</source>
        <translation>sentence starters</translation>
    </message>
    <message>
        <source>hojas</source>
        <translation>sheets</translation>
    </message>
    <message>
        <source>lectura</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>listas que presenta</source>
        <translation>lists it presents</translation>
    </message>
    <message>
        <source>La guía</source>
        <translation>The guide</translation>
    </message>
    <message>
        <source>Apartado %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>actividad %1</source>
        <translation>activity %1</translation>
    </message>
    <message>
        <source>, línea %1</source>
        <translation>, line %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>el archivo pesa más de %1 KiB</source>
        <translation>the file is larger than %1 KiB</translation>
    </message>
    <message>
        <source>el archivo anida más de %1 niveles</source>
        <translation>the file nests more than %1 levels</translation>
    </message>
    <message>
        <source>JSON mal formado</source>
        <translation>malformed JSON</translation>
    </message>
    <message>
        <source>debe ser un objeto</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>falta este campo</source>
        <translation>this field is missing</translation>
    </message>
    <message>
        <source>debe ser texto</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>no puede estar vacío</source>
        <translation>cannot be empty</translation>
    </message>
    <message>
        <source>debe ser texto en base64</source>
        <translation>must be base64 text</translation>
    </message>
    <message>
        <source>pesa más de %1 MB</source>
        <translation>is larger than %1 MB</translation>
    </message>
    <message>
        <source>no es base64 válido</source>
        <translation>is not valid base64</translation>
    </message>
    <message>
        <source>debe ser un entero entre %1 y %2</source>
        <translation>must be an integer between %1 and %2</translation>
    </message>
    <message>
        <source>debe ser true o false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>debe ser una lista</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>el archivo tiene demasiados valores pequeños para su tamaño: leerlo ocuparía más memoria de la que se permite (véase el manual)</source>
        <translation>the file has too many small values for its size: reading it would take more memory than allowed (see the manual)</translation>
    </message>
    <message>
        <source>… y más problemas del mismo archivo.</source>
        <translation>… and more problems in the same file.</translation>
    </message>
    <message>
        <source>es demasiado largo (el límite es %1 caracteres)</source>
        <translation>is too long (the limit is %1 characters)</translation>
    </message>
    <message>
        <source>tiene espacios o saltos de línea al principio o al final</source>
        <translation>has spaces or line breaks at the start or the end</translation>
    </message>
    <message>
        <source>JSON mal formado: el texto termina antes de cerrarse (línea %1)</source>
        <translation>Malformed JSON: the text ends before it is closed (line %1)</translation>
    </message>
    <message>
        <source>JSON mal formado en la línea %1, columna %2: %3</source>
        <translation>Malformed JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>hace falta al menos uno</source>
        <translation>at least one is needed</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>el disco está lleno</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>no hay permiso para escribir ahí</source>
        <translation>there is no permission to write there</translation>
    </message>
    <message>
        <source>el disco es de solo lectura</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>el archivo es más grande de lo que el disco admite</source>
        <translation>the file is larger than the disk allows</translation>
    </message>
    <message>
        <source>el disco no respondió al escribir (¿se desconectó la memoria USB?)</source>
        <translation>the disk did not respond while writing (was the USB stick unplugged?)</translation>
    </message>
    <message>
        <source>la carpeta no existe</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>No hay permiso para escribir en %1.</source>
        <translation>There is no permission to write to %1.</translation>
    </message>
    <message>
        <source>No se pudo guardar %1: %2.</source>
        <translation>%1 could not be saved: %2.</translation>
    </message>
    <message>
        <source>es una carpeta, no un archivo</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>el archivo no se abrió</source>
        <translation>the file was not opened</translation>
    </message>
</context>
<context>
    <name>PagePainter</name>
    <message>
        <source>Página %1 de %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ParticipationServer</name>
    <message>
        <source>«%1» debe ser texto</source>
        <translation>“%1” must be text</translation>
    </message>
    <message>
        <source>«%1» es demasiado largo (más de %2 caracteres)</source>
        <translation>“%1” is too long (more than %2 characters)</translation>
    </message>
    <message>
        <source>«%1» no es un número válido</source>
        <translation>“%1” is not a valid number</translation>
    </message>
    <message>
        <source>Hay demasiados teléfonos conectados.</source>
        <translation>Too many phones are connected.</translation>
    </message>
    <message>
        <source>Demasiados envíos seguidos: espere un momento.</source>
        <translation>Too many submissions in a row: wait a moment.</translation>
    </message>
    <message>
        <source>Este código ya no es válido: escanee de nuevo el código QR.</source>
        <translation>This code is no longer valid: scan the QR code again.</translation>
    </message>
    <message>
        <source>La solicitud no es válida.</source>
        <translation>The request is not valid.</translation>
    </message>
    <message>
        <source>falta la identificación del envío</source>
        <translation>the submission&apos;s identification is missing</translation>
    </message>
    <message>
        <source>esta hoja no recibe envíos desde teléfonos</source>
        <translation>this sheet does not take submissions from phones</translation>
    </message>
    <message>
        <source>falta su nombre</source>
        <translation>your name is missing</translation>
    </message>
    <message>
        <source>no escribió nada</source>
        <translation>nothing was written</translation>
    </message>
    <message>
        <source>Esta actividad ya no recibe respuestas: siga la proyección.</source>
        <translation>This activity no longer takes answers: follow the projection.</translation>
    </message>
    <message>
        <source>No se pudo guardar; su texto se enviará de nuevo.</source>
        <translation>Could not save; your text will be sent again.</translation>
    </message>
    <message>
        <source>No se pudo escuchar en %1: la dirección no está disponible.</source>
        <translation>Could not listen on %1: the address is not available.</translation>
    </message>
    <message>
        <source>Esta dirección no existe.</source>
        <translation>This address does not exist.</translation>
    </message>
    <message>
        <source>Esta dirección no acepta esa clase de solicitud.</source>
        <translation>This address does not take that kind of request.</translation>
    </message>
    <message>
        <source>Una consulta no lleva texto.</source>
        <translation>A query carries no text.</translation>
    </message>
    <message>
        <source>El envío debe decir su tamaño (Content-Length) y llegar de una sola vez.</source>
        <translation>The submission must state its size (Content-Length) and arrive all at once.</translation>
    </message>
    <message>
        <source>El tamaño del envío no es válido.</source>
        <translation>The submission&apos;s size is not valid.</translation>
    </message>
    <message>
        <source>El envío es demasiado grande (el límite es %1 KiB).</source>
        <translation>The submission is too large (the limit is %1 KiB).</translation>
    </message>
    <message>
        <source>No se aceptan envíos comprimidos.</source>
        <translation>Compressed submissions are not accepted.</translation>
    </message>
    <message>
        <source>El envío debe ser JSON (application/json).</source>
        <translation>The submission must be JSON (application/json).</translation>
    </message>
    <message>
        <source>No se pudo escuchar en %1: no es una dirección IPv4.</source>
        <translation>Could not listen on %1: it is not an IPv4 address.</translation>
    </message>
    <message>
        <source>Ya tiene %1 envíos esperando a que el director los revise: espere un momento antes de enviar más.</source>
        <translation>You already have %1 submissions waiting for the principal to review them: wait a moment before sending more.</translation>
    </message>
    <message>
        <source>Hay demasiados envíos esperando revisión: espere un momento; su texto se enviará de nuevo.</source>
        <translation>Too many submissions are waiting for review: wait a moment; your text will be sent again.</translation>
    </message>
    <message>
        <source>Este teléfono ya envió a nombre de otra persona: cada teléfono envía por una sola persona.</source>
        <translation>This phone already sent on behalf of someone else: each phone sends for one person only.</translation>
    </message>
    <message>
        <source>El director bloqueó los envíos de este teléfono.</source>
        <translation>The principal blocked submissions from this phone.</translation>
    </message>
</context>
<context>
    <name>ParticipationState</name>
    <message>
        <source>Mis alumnos requieren mejorar…</source>
        <translation>My students need to improve…</translation>
    </message>
    <message>
        <source>Me comprometo a implementar las siguientes acciones…</source>
        <translation>I commit to implementing the following actions…</translation>
    </message>
    <message>
        <source>Compartiré los resultados en la sesión de marzo mediante…</source>
        <translation>I will share the results at the March session through…</translation>
    </message>
    <message>
        <source>Evidencias e instrumentos para medir el avance</source>
        <translation>Evidence and instruments to measure progress</translation>
    </message>
    <message>
        <source>Pregunta o eje</source>
        <translation>Question or axis</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Escriba su compromiso personal: quien registra lo revisa antes de agregarlo.</source>
        <translation>Write your personal commitment: the recorder reviews it before adding it.</translation>
    </message>
    <message>
        <source>Su nota se queda en este teléfono. Si usted quiere, envíela: quien registra la guarda como nota privada, que no se proyecta ni se imprime.</source>
        <translation>Your note stays on this phone. If you wish, send it: the recorder keeps it as a private note, which is neither projected nor printed.</translation>
    </message>
</context>
<context>
    <name>ProjectionContent</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Para comunicar sus compromisos</source>
        <translation>To share your commitments</translation>
    </message>
    <message>
        <source>Para orientar la conversación</source>
        <translation>To guide the conversation</translation>
    </message>
    <message>
        <source>(aquí aparecerá lo que se registre)</source>
        <translation>(what is recorded will appear here)</translation>
    </message>
    <message>
        <source>Lectura: %1</source>
        <translation>Reading: %1</translation>
    </message>
    <message>
        <source>Fuente: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Agenda de la sesión (minutos planeados)</source>
        <translation>Session agenda (planned minutes)</translation>
    </message>
    <message>
        <source>actividades %1 a %2</source>
        <translation>activities %1 to %2</translation>
    </message>
    <message>
        <source>%1 min · %2</source>
        <translation>%1 min · %2</translation>
    </message>
    <message>
        <source>Receso (propuesta) después de la actividad %1</source>
        <translation>Break (proposal) after activity %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Producto de la sesión</source>
        <translation>Session product</translation>
    </message>
    <message>
        <source>Registran</source>
        <translation>Recorders</translation>
    </message>
    <message>
        <source>Problemática</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Prácticas que ayudaron</source>
        <translation>Practices that helped</translation>
    </message>
    <message>
        <source>Prácticas que no ayudaron</source>
        <translation>Practices that did not help</translation>
    </message>
    <message>
        <source>Seguimiento: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Horario</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1 min · la guía: %2 por escuela como máximo</source>
        <translation>%1 min · the guide: at most %2 per school</translation>
    </message>
    <message>
        <source>%1 min · propuesta</source>
        <translation>%1 min · proposal</translation>
    </message>
    <message>
        <source>Contexto</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Seguimiento: acuerdos del colectivo</source>
        <translation>Follow-up: the staff&apos;s agreements</translation>
    </message>
</context>
<context>
    <name>ProjectionTheme</name>
    <message>
        <source>Oscuro</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Alto contraste</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Claro</source>
        <translation>Light</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Facilitador CTE</source>
        <translation>Facilitador CTE</translation>
    </message>
    <message>
        <source>La bitácora %1 está dañada. No se borró: quedó apartada como %2.</source>
        <translation>The logbook %1 is damaged. It was not deleted: it was set aside as %2.</translation>
    </message>
    <message>
        <source>¿Abrir la copia de seguridad más reciente que está en buen estado (%1)? Si elige No, se abrirá una bitácora vacía.</source>
        <translation>Open the most recent sound backup (%1)? If you choose No, an empty logbook will open.</translation>
    </message>
    <message>
        <source>No hay copias de seguridad en buen estado; se abrirá una bitácora vacía.</source>
        <translation>There are no sound backups; an empty logbook will open.</translation>
    </message>
    <message>
        <source>La guía de la sesión no es válida:
%1</source>
        <translation>The session&apos;s guide is not valid:
%1</translation>
    </message>
    <message>
        <source>… y %1 más.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>La bitácora %1 tiene datos dañados en el disco:
%2

Lo demás se puede usar. Al exportarla a JSON, esos datos se reparan y el archivo dice cuáles fueron.</source>
        <translation>The logbook %1 has damaged values on disk:
%2

Everything else can be used. When it is exported to JSON, those values are repaired and the file says which they were.</translation>
    </message>
    <message>
        <source>Participación desde teléfonos</source>
        <translation>Participation from phones</translation>
    </message>
</context>
<context>
    <name>ReadyTickCommand</name>
    <message>
        <source>marcar como listo</source>
        <translation>mark as ready</translation>
    </message>
    <message>
        <source>quitar la marca</source>
        <translation>untick</translation>
    </message>
</context>
<context>
    <name>RemoveEvidenceCommand</name>
    <message>
        <source>quitar «%1»</source>
        <translation>remove “%1”</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>En proceso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Cumplido</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No cumplido</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>ReviewBoard</name>
    <message>
        <source>Mis alumnos requieren mejorar %1</source>
        <translation>My students need to improve %1</translation>
    </message>
    <message>
        <source>me comprometo a implementar %1</source>
        <translation>I commit to implementing %1</translation>
    </message>
    <message>
        <source>compartiré los resultados en marzo mediante %1</source>
        <translation>I will share the results in March through %1</translation>
    </message>
    <message>
        <source>evidencias e instrumentos: %1</source>
        <translation>evidence and instruments: %1</translation>
    </message>
    <message>
        <source>Todo el colectivo</source>
        <translation>All the staff</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>sin nombre</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>función desconocida: «%1»</source>
        <translation>unknown role: “%1”</translation>
    </message>
    <message>
        <source>sin escuela</source>
        <translation>no school</translation>
    </message>
    <message>
        <source>escuela que no está en la sesión: «%1»</source>
        <translation>school not in the session: “%1”</translation>
    </message>
    <message>
        <source>nombre repetido</source>
        <translation>repeated name</translation>
    </message>
    <message>
        <source>CCT no válida: «%1»</source>
        <translation>invalid CCT: “%1”</translation>
    </message>
    <message>
        <source>CCT repetida</source>
        <translation>repeated CCT</translation>
    </message>
</context>
<context>
    <name>SchoolLabels</name>
    <message>
        <source>Preescolar</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <source>Primaria</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Secundaria</source>
        <translation>Secondary school</translation>
    </message>
    <message>
        <source>Matutino</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Vespertino</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Nocturno</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Discontinuo</source>
        <translation>Split shift</translation>
    </message>
    <message>
        <source>Tiempo completo</source>
        <translation>Full time</translation>
    </message>
    <message>
        <source>Docente</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Director(a)</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Subdirector(a)</source>
        <translation>Deputy principal</translation>
    </message>
    <message>
        <source>Agente educativo</source>
        <translation>Education staff</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Datos de la sesión</source>
        <translation>Session details</translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Título:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Lugar:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Zona escolar:</source>
        <translation>School &amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Inicio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Escuelas</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Escuela</source>
        <translation>School</translation>
    </message>
    <message>
        <source>CCT</source>
        <translation>CCT</translation>
    </message>
    <message>
        <source>Nivel</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Turno</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Director(a)</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Agregar escuela</source>
        <translation>Add school</translation>
    </message>
    <message>
        <source>Quitar escuela</source>
        <translation>Remove school</translation>
    </message>
    <message>
        <source>Participantes</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Función</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Especialidad</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Grado o sección</source>
        <translation>Grade or section</translation>
    </message>
    <message>
        <source>Registra</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>Agregar participante</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Quitar participante</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Té&amp;rmino:</source>
        <translation>&amp;End:</translation>
    </message>
</context>
<context>
    <name>SessionGuide</name>
    <message>
        <source>La guía guardada con la sesión %1 no es válida:</source>
        <translation>The guide saved with session %1 is not valid:</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Propósitos de la sesión</source>
        <translation>Session purposes</translation>
    </message>
    <message>
        <source>Productos de la sesión</source>
        <translation>Session products</translation>
    </message>
    <message>
        <source>Materiales</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Agenda de la sesión</source>
        <translation>Session agenda</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>La sesión necesita un título.</source>
        <translation>The session needs a title.</translation>
    </message>
    <message>
        <source>La sesión necesita una fecha válida.</source>
        <translation>The session needs a valid date.</translation>
    </message>
    <message>
        <source>La hora de término debe ser posterior a la de inicio.</source>
        <translation>The end time must be later than the start time.</translation>
    </message>
    <message>
        <source>Cada escuela necesita un nombre.</source>
        <translation>Each school needs a name.</translation>
    </message>
    <message>
        <source>La CCT «%1» de %2 no es válida: son 10 caracteres, como 09DPR1234X.</source>
        <translation>The CCT “%1” of %2 is not valid: it has 10 characters, such as 09DPR1234X.</translation>
    </message>
    <message>
        <source>Cada participante necesita un nombre.</source>
        <translation>Each participant needs a name.</translation>
    </message>
    <message>
        <source>Un participante pertenece a una escuela que no existe.</source>
        <translation>A participant belongs to a school that does not exist.</translation>
    </message>
</context>
<context>
    <name>SheetCommands</name>
    <message>
        <source>agregar «%1»</source>
        <translation>add “%1”</translation>
    </message>
    <message>
        <source>editar «%1»</source>
        <translation>edit “%1”</translation>
    </message>
    <message>
        <source>tachar</source>
        <translation>strike out</translation>
    </message>
    <message>
        <source>restaurar</source>
        <translation>restore</translation>
    </message>
    <message>
        <source>mover</source>
        <translation>move</translation>
    </message>
    <message>
        <source>agregar compromiso</source>
        <translation>add commitment</translation>
    </message>
    <message>
        <source>editar compromiso</source>
        <translation>edit commitment</translation>
    </message>
    <message>
        <source>tachar compromiso</source>
        <translation>strike out commitment</translation>
    </message>
    <message>
        <source>restaurar compromiso</source>
        <translation>restore commitment</translation>
    </message>
    <message>
        <source>marcar a quien registra</source>
        <translation>mark as recorder</translation>
    </message>
    <message>
        <source>desmarcar a quien registra</source>
        <translation>unmark as recorder</translation>
    </message>
</context>
<context>
    <name>SheetKinds</name>
    <message>
        <source>Quienes registran</source>
        <translation>Recorders</translation>
    </message>
    <message>
        <source>Normas de convivencia</source>
        <translation>Norms of conduct</translation>
    </message>
    <message>
        <source>Escriba una norma y pulse Intro</source>
        <translation>Type a norm and press Enter</translation>
    </message>
    <message>
        <source>Ideas sobre el aprendizaje entre pares</source>
        <translation>Ideas about peer learning</translation>
    </message>
    <message>
        <source>Escriba una idea y pulse Intro</source>
        <translation>Type an idea and press Enter</translation>
    </message>
    <message>
        <source>Ideas base de la modalidad</source>
        <translation>Core ideas of the approach</translation>
    </message>
    <message>
        <source>Escriba una idea base y pulse Intro</source>
        <translation>Type a core idea and press Enter</translation>
    </message>
    <message>
        <source>Compromisos con la modalidad</source>
        <translation>Commitments to the approach</translation>
    </message>
    <message>
        <source>Escriba un compromiso y pulse Intro</source>
        <translation>Type a commitment and press Enter</translation>
    </message>
    <message>
        <source>Problemática de cada escuela</source>
        <translation>Each school&apos;s problem</translation>
    </message>
    <message>
        <source>Notas individuales (privadas)</source>
        <translation>Individual notes (private)</translation>
    </message>
    <message>
        <source>Nota privada: no se proyecta</source>
        <translation>Private note: not projected</translation>
    </message>
    <message>
        <source>Preguntas y reflexiones por eje</source>
        <translation>Questions and reflections by axis</translation>
    </message>
    <message>
        <source>Escriba la pregunta o reflexión y pulse Intro</source>
        <translation>Type the question or reflection and press Enter</translation>
    </message>
    <message>
        <source>Similitudes, coincidencias y diferencias</source>
        <translation>Similarities, coincidences and differences</translation>
    </message>
    <message>
        <source>Escriba lo que se identificó y pulse Intro</source>
        <translation>Type what was identified and press Enter</translation>
    </message>
    <message>
        <source>Similitud</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Coincidencia</source>
        <translation>Coincidence</translation>
    </message>
    <message>
        <source>Diferencia</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Equipos por grado o sección</source>
        <translation>Teams by grade or section</translation>
    </message>
    <message>
        <source>Respuestas de los equipos</source>
        <translation>The teams&apos; answers</translation>
    </message>
    <message>
        <source>Escriba la respuesta del equipo y pulse Intro</source>
        <translation>Type the team&apos;s answer and press Enter</translation>
    </message>
    <message>
        <source>Propuestas</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Escriba una propuesta</source>
        <translation>Type a proposal</translation>
    </message>
    <message>
        <source>Acciones pertinentes</source>
        <translation>Relevant actions</translation>
    </message>
    <message>
        <source>Escriba una acción</source>
        <translation>Type an action</translation>
    </message>
    <message>
        <source>Compromisos personales</source>
        <translation>Personal commitments</translation>
    </message>
    <message>
        <source>Seguimiento de compromisos</source>
        <translation>Follow-up of commitments</translation>
    </message>
    <message>
        <source>Acuerdos de seguimiento</source>
        <translation>Follow-up agreements</translation>
    </message>
    <message>
        <source>Escriba un acuerdo o canal de comunicación</source>
        <translation>Type an agreement or a communication channel</translation>
    </message>
    <message>
        <source>Acuerdo de seguimiento</source>
        <translation>Follow-up agreement</translation>
    </message>
    <message>
        <source>Canal de comunicación</source>
        <translation>Communication channel</translation>
    </message>
    <message>
        <source>Lo que faltó</source>
        <translation>What was missing</translation>
    </message>
    <message>
        <source>Escriba lo que faltó</source>
        <translation>Type what was missing</translation>
    </message>
    <message>
        <source>Lo que no debe faltar</source>
        <translation>What must not be missing</translation>
    </message>
    <message>
        <source>Escriba una frase</source>
        <translation>Type a phrase</translation>
    </message>
    <message>
        <source>Situaciones para asesoría externa</source>
        <translation>Situations for external advice</translation>
    </message>
    <message>
        <source>Describa la situación y pulse Intro</source>
        <translation>Describe the situation and press Enter</translation>
    </message>
    <message>
        <source>Entregada al director</source>
        <translation>Handed to the principal</translation>
    </message>
    <message>
        <source>Impresiones en plenaria</source>
        <translation>Impressions in plenary</translation>
    </message>
    <message>
        <source>Escriba la impresión del voluntario</source>
        <translation>Type the volunteer&apos;s impression</translation>
    </message>
    <message>
        <source>Próxima reunión</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Balance de los directores</source>
        <translation>Principals&apos; review</translation>
    </message>
    <message>
        <source>Escriba el balance del director</source>
        <translation>Type the principal&apos;s review</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Facilitador CTE</source>
        <translation>Facilitador CTE</translation>
    </message>
    <message>
        <source>Nueva sesión…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Abrir otra sesión…</source>
        <translation>Open another session…</translation>
    </message>
    <message>
        <source>Nueva sesión de seguimiento…</source>
        <translation>New follow-up session…</translation>
    </message>
    <message>
        <source>Revisar en marzo los compromisos de una sesión anterior</source>
        <translation>Review in March the commitments of an earlier session</translation>
    </message>
    <message>
        <source>Sesión de demostración</source>
        <translation>Demo session</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>El texto tiene %1 caracteres y el límite es %2: no se guardó. Sigue en su campo; acórtelo o divídalo en dos.</source>
        <translation>The text has %1 characters and the limit is %2: it was not saved. It is still in its field; shorten it or split it in two.</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <source>Todas las escuelas presentaron</source>
        <translation>Every school has presented</translation>
    </message>
    <message>
        <source>Actividad: %1 (turnos de %2 min)</source>
        <translation>Activity: %1 (turns of %2 min)</translation>
    </message>
    <message>
        <source>En receso</source>
        <translation>On break</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Terminada: %1 de %2 min</source>
        <translation>Finished: %1 of %2 min</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>la lista de textos del libro está dañada (%1)</source>
        <translation>the workbook&apos;s list of texts is damaged (%1)</translation>
    </message>
    <message>
        <source>«%1» pesa más de %2 MB: no parece una lista de personal.</source>
        <translation>“%1” is larger than %2 MB: it does not look like a staff list.</translation>
    </message>
    <message>
        <source>«%1» no es un libro de Excel (.xlsx) o está dañado.</source>
        <translation>“%1” is not an Excel workbook (.xlsx) or is damaged.</translation>
    </message>
    <message>
        <source>La hoja de «%1» es demasiado grande para una lista de personal.</source>
        <translation>The sheet of “%1” is too large for a staff list.</translation>
    </message>
    <message>
        <source>«%1» no tiene hojas que leer.</source>
        <translation>“%1” has no sheets to read.</translation>
    </message>
    <message>
        <source>la lista de textos del libro es demasiado grande</source>
        <translation>the workbook&apos;s list of texts is too large</translation>
    </message>
    <message>
        <source>No se pudo leer «%1»: %2.</source>
        <translation>Could not read “%1”: %2.</translation>
    </message>
    <message>
        <source>No se pudo leer «%1» cerca de la celda %2: %3.</source>
        <translation>Could not read “%1” near cell %2: %3.</translation>
    </message>
    <message>
        <source>tiene más de %1 filas</source>
        <translation>has more than %1 rows</translation>
    </message>
    <message>
        <source>las filas están fuera de orden</source>
        <translation>the rows are out of order</translation>
    </message>
    <message>
        <source>referencia de celda no válida «%1»</source>
        <translation>invalid cell reference “%1”</translation>
    </message>
    <message>
        <source>el texto de la celda no está en el libro</source>
        <translation>the cell&apos;s text is not in the workbook</translation>
    </message>
    <message>
        <source>VERDADERO</source>
        <translation>TRUE</translation>
    </message>
    <message>
        <source>FALSO</source>
        <translation>FALSE</translation>
    </message>
</context>
<context>
    <name>ZoneDatabase</name>
    <message>
        <source>el servidor no aceptó el usuario o la contraseña</source>
        <translation>the server did not accept the user or the password</translation>
    </message>
    <message>
        <source>la dirección pide conexión cifrada (TLS) y el servidor no la ofrece</source>
        <translation>the address asks for an encrypted (TLS) connection and the server does not offer it</translation>
    </message>
    <message>
        <source>el servidor no responde: ¿está encendido y es la dirección correcta? (%1)</source>
        <translation>the server does not answer: is it on, and is the address right? (%1)</translation>
    </message>
    <message>
        <source>se perdió la conexión con el servidor</source>
        <translation>the connection to the server was lost</translation>
    </message>
    <message>
        <source>No se pudo conectar con la base de la zona %1: %2</source>
        <translation>Could not connect to the zone database %1: %2</translation>
    </message>
    <message>
        <source>No se pudo preparar la base de la zona %1: %2</source>
        <translation>Could not prepare the zone database %1: %2</translation>
    </message>
    <message>
        <source>La base de la zona %1 es de una versión más nueva de Facilitador CTE (esquema %2; esta conoce hasta el %3): actualice el programa.</source>
        <translation>The zone database %1 is from a newer version of Facilitador CTE (schema %2; this one knows up to %3): update the program.</translation>
    </message>
    <message>
        <source>La base de la zona no está abierta.</source>
        <translation>The zone database is not open.</translation>
    </message>
    <message>
        <source>No se publicó «%1» en %2: %3; no se escribió nada de ella.</source>
        <translation>“%1” was not published to %2: %3; nothing of it was written.</translation>
    </message>
    <message>
        <source>No se pudo leer la base de la zona %1: %2</source>
        <translation>Could not read the zone database %1: %2</translation>
    </message>
    <message>
        <source>el servidor tardó demasiado en responder</source>
        <translation>the server took too long to answer</translation>
    </message>
    <message>
        <source>La base de la zona %1 cambió de versión mientras se publicaba; no se escribió «%2».</source>
        <translation>The zone database %1 changed version while publishing; “%2” was not written.</translation>
    </message>
</context>
<context>
    <name>ZoneGather</name>
    <message>
        <source>no se pudo abrir: %1</source>
        <translation>could not be opened: %1</translation>
    </message>
    <message>
        <source>es demasiado grande para ser una bitácora</source>
        <translation>is too large to be a logbook</translation>
    </message>
</context>
<context>
    <name>ZoneReport</name>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 de %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>revisados</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>sin fecha</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>vencida (%1)</source>
        <translation>overdue (%1)</translation>
    </message>
    <message>
        <source>Escuela</source>
        <translation>School</translation>
    </message>
    <message>
        <source>CCT</source>
        <translation>CCT</translation>
    </message>
    <message>
        <source>Sesiones</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Con seguimiento</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Total de la zona (%1 escuelas)</source>
        <translation>Zone total (%1 schools)</translation>
    </message>
    <message>
        <source>%1 sin seguimiento</source>
        <translation>%1 without follow-up</translation>
    </message>
    <message>
        <source>%1 vencidas</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Problema o práctica en común</source>
        <translation>Shared problem or practice</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Escuelas</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Reporte de la zona escolar</source>
        <translation>School zone report</translation>
    </message>
    <message>
        <source>%1 · %2 escuelas, %3 sesiones · al %4</source>
        <translation>%1 · %2 schools, %3 sessions · as of %4</translation>
    </message>
    <message>
        <source>Escuelas y compromisos por estado</source>
        <translation>Schools and commitments by state</translation>
    </message>
    <message>
        <source>Escuelas sin seguimiento</source>
        <translation>Schools without a follow-up</translation>
    </message>
    <message>
        <source>Todas las escuelas con compromisos tienen seguimiento.</source>
        <translation>Every school with commitments has a follow-up.</translation>
    </message>
    <message>
        <source>Problemas y prácticas en común</source>
        <translation>Shared problems and practices</translation>
    </message>
    <message>
        <source>No se registraron similitudes ni coincidencias entre dos escuelas o más.</source>
        <translation>No similarity or coincidence between two or more schools was recorded.</translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2): %3</translation>
    </message>
    <message>
        <source>Problemática presentada por cada escuela</source>
        <translation>Problem each school presented</translation>
    </message>
</context>
<context>
    <name>ZoneTables</name>
    <message>
        <source>%1 (revisión vencida)</source>
        <translation>%1 (review overdue)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Escuela</source>
        <translation>School</translation>
    </message>
    <message>
        <source>CCT</source>
        <translation>CCT</translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Problemática presentada</source>
        <translation>Problem presented</translation>
    </message>
    <message>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1 de %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>con seguimiento</source>
        <translation>followed up</translation>
    </message>
    <message>
        <source>vencida (%1)</source>
        <translation>overdue (%1)</translation>
    </message>
    <message>
        <source>el %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>sin fecha</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Sesión</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Docente</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Historia</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lo que se identificó</source>
        <translation>What was identified</translation>
    </message>
    <message>
        <source>Escuelas</source>
        <translation>Schools</translation>
    </message>
</context>
<context>
    <name>fcte::ActivityPage</name>
    <message>
        <source>Pasos</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Preguntas y ejes</source>
        <translation>Questions and axes</translation>
    </message>
    <message>
        <source>Enunciados para comenzar</source>
        <translation>Sentence starters</translation>
    </message>
    <message>
        <source>Lectura</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Apartado %1 · %2</source>
        <translation>Section %1 · %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>1 minuto planeado</source>
        <translation>1 planned minute</translation>
    </message>
    <message>
        <source>%1 minutos planeados</source>
        <translation>%1 planned minutes</translation>
    </message>
    <message>
        <source> · la guía: %1 minutos por escuela como máximo</source>
        <translation> · the guide: at most %1 minutes per school</translation>
    </message>
    <message>
        <source> · %1 minutos por escuela (propuesta)</source>
        <translation> · %1 minutes per school (proposal)</translation>
    </message>
    <message>
        <source> (propuesta; ajústelos en la agenda)</source>
        <translation> (proposal; adjust them in the agenda)</translation>
    </message>
</context>
<context>
    <name>fcte::AgendaModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>☕ Receso (propuesta)</source>
        <translation>☕ Break (proposal)</translation>
    </message>
    <message>
        <source>☕ Sin receso</source>
        <translation>☕ No break</translation>
    </message>
    <message>
        <source>Minutos planeados: la guía fija %1 minutos por escuela como máximo (doble clic o F2 para cambiarlos)</source>
        <translation>Planned minutes: the guide sets at most %1 minutes per school (double-click or F2 to change them)</translation>
    </message>
    <message>
        <source>Minutos planeados: propuesta de Facilitador CTE, no de la guía (doble clic o F2 para cambiarlos)</source>
        <translation>Planned minutes: Facilitador CTE&apos;s proposal, not the guide&apos;s (double-click or F2 to change them)</translation>
    </message>
    <message>
        <source>Minutos reales</source>
        <translation>Actual minutes</translation>
    </message>
    <message>
        <source>Realizada</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>En curso</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Minutos planeados: nuestra propuesta, salvo los que fija la guía</source>
        <translation>Planned minutes: our proposal, except those the guide sets</translation>
    </message>
    <message>
        <source>Actividad</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>☕ Receso (propuesta) · en curso</source>
        <translation>☕ Break (proposal) · under way</translation>
    </message>
</context>
<context>
    <name>fcte::AttendanceDialog</name>
    <message>
        <source>Pase de lista</source>
        <translation>Roll call</translation>
    </message>
    <message>
        <source>Buscar por nombre o escuela</source>
        <translation>Search by name or school</translation>
    </message>
    <message>
        <source>Escriba parte de un nombre o escuela; ↓ va a la lista</source>
        <translation>Type part of a name or school; ↓ goes to the list</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Escuela</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Llegó (si llegó tarde)</source>
        <translation>Arrived (if late)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Presente</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Ausente</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No se guardó</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Pase de lista · %1 presentes, %2 ausentes, %3 sin registrar</source>
        <translation>Roll call · %1 present, %2 absent, %3 not recorded</translation>
    </message>
    <message>
        <source>Espacio: presente / ausente · F2: hora de llegada · Ctrl+Z: deshacer · se guarda al momento</source>
        <translation>Space: present / absent · F2: arrival time · Ctrl+Z: undo · saved at once</translation>
    </message>
    <message>
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rehacer</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>fcte::BackupScheduler</name>
    <message>
        <source>No se pudo hacer la copia de seguridad: %1</source>
        <translation>Could not make the backup: %1</translation>
    </message>
</context>
<context>
    <name>fcte::Bitacora</name>
    <message>
        <source>Ese envío ya se decidió de otro modo; no se aprobó otra vez.</source>
        <translation>That submission was decided otherwise meanwhile; it was not approved again.</translation>
    </message>
</context>
<context>
    <name>fcte::CommitmentModel</name>
    <message>
        <source>(nadie)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Mis alumnos requieren mejorar…</source>
        <translation>My students need to improve…</translation>
    </message>
    <message>
        <source>Me comprometo a implementar…</source>
        <translation>I commit to implementing…</translation>
    </message>
    <message>
        <source>Compartiré los resultados en marzo mediante…</source>
        <translation>I will share the results in March through…</translation>
    </message>
    <message>
        <source>Evidencias e instrumentos</source>
        <translation>Evidence and instruments</translation>
    </message>
    <message>
        <source>Participante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Requieren mejorar…</source>
        <translation>Need to improve…</translation>
    </message>
    <message>
        <source>Me comprometo a…</source>
        <translation>I commit to…</translation>
    </message>
    <message>
        <source>Compartiré mediante…</source>
        <translation>I will share through…</translation>
    </message>
    <message>
        <source>Evidencias</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>fcte::CommitmentsSheet</name>
    <message>
        <source>producciones gráficas, cuadernos, registros, evaluaciones, indicadores…</source>
        <translation>graphic work, notebooks, records, assessments, indicators…</translation>
    </message>
    <message>
        <source>&amp;Participante:</source>
        <translation>&amp;Participant:</translation>
    </message>
    <message>
        <source>Mis alumnos requieren &amp;mejorar…</source>
        <translation>My students need to &amp;improve…</translation>
    </message>
    <message>
        <source>Me comprometo a &amp;implementar…</source>
        <translation>I commit to &amp;implementing…</translation>
    </message>
    <message>
        <source>Compartiré los resultados en marzo &amp;mediante…</source>
        <translation>I will share the results in March &amp;through…</translation>
    </message>
    <message>
        <source>&amp;Evidencias e instrumentos:</source>
        <translation>&amp;Evidence and instruments:</translation>
    </message>
    <message>
        <source>Agregar compromiso (Intro)</source>
        <translation>Add commitment (Enter)</translation>
    </message>
    <message>
        <source>Compromisos personales</source>
        <translation>Personal commitments</translation>
    </message>
    <message>
        <source>Intro en cualquier campo agrega · F2 edita · Supr tacha o restaura · Ctrl+Z deshace</source>
        <translation>Enter in any field adds · F2 edits · Del strikes out or restores · Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>(elija quién se compromete)</source>
        <translation>(choose who commits)</translation>
    </message>
    <message>
        <source>Elija quién se compromete; lo escrito se conserva.</source>
        <translation>Choose who commits; what was typed is kept.</translation>
    </message>
</context>
<context>
    <name>fcte::DraftKeeper</name>
    <message>
        <source>Texto recuperado: quedó escrito sin agregar la vez anterior que se usó el programa. Revíselo antes de seguir escribiendo.</source>
        <translation>Recovered text: it was typed but not added the last time the program was used. Check it before you go on typing.</translation>
    </message>
</context>
<context>
    <name>fcte::EntryModel</name>
    <message>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(nadie)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Tachada el %1. Supr la restaura.</source>
        <translation>Struck out on %1. Del restores it.</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Escuelas</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Escuela</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Equipo</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Participante</source>
        <translation>Participant</translation>
    </message>
</context>
<context>
    <name>fcte::EvidencePanel</name>
    <message>
        <source>Evidencias:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Guardar también el original</source>
        <translation>Also keep the original</translation>
    </message>
    <message>
        <source>Las fotos se guardan reducidas a 2400 píxeles; el original ocupa varias veces más en la bitácora</source>
        <translation>Photos are kept reduced to 2400 pixels; the original takes several times more space in the logbook</translation>
    </message>
    <message>
        <source>Agregar…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Fotos de papelógrafos, presentaciones en PDF… (también puede arrastrarlas a esta página)</source>
        <translation>Photos of flip charts, PDF presentations… (you can also drag them onto this page)</translation>
    </message>
    <message>
        <source>Proyectar</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Guardar copia…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Evidencias de la actividad</source>
        <translation>The activity&apos;s evidence</translation>
    </message>
    <message>
        <source>No se pudo proyectar</source>
        <translation>Could not project</translation>
    </message>
    <message>
        <source>La imagen guardada no se pudo leer.</source>
        <translation>The saved image could not be read.</translation>
    </message>
    <message>
        <source>No se agregaron algunos archivos</source>
        <translation>Some files were not added</translation>
    </message>
    <message>
        <source>Agregar fotos o archivos</source>
        <translation>Add photos or files</translation>
    </message>
    <message>
        <source>Fotos y documentos (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.pptx *.docx *.xlsx);;Todos los archivos (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.pptx *.docx *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Guardar una copia</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Todos los archivos (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>No se guardó la copia</source>
        <translation>The copy was not saved</translation>
    </message>
    <message>
        <source>Quitar de la bitácora</source>
        <translation>Remove from the logbook</translation>
    </message>
    <message numerus="yes">
        <source>Preparando %n archivo(s)…</source>
        <translation>
            <numerusform>Preparing %n file…</numerusform>
            <numerusform>Preparing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>ninguna; arrastre aquí fotos o archivos.</source>
        <translation>none; drag photos or files here.</translation>
    </message>
    <message numerus="yes">
        <source>%n · Intro proyecta · F2 pie de foto</source>
        <translation>
            <numerusform>%n · Enter projects · F2 caption</numerusform>
            <numerusform>%n · Enter projects · F2 caption</numerusform>
        </translation>
    </message>
    <message>
        <source>Escuelas</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>De qué escuelas es: la bitácora propia de cada escuela lleva sus evidencias y las de todo el colectivo (sin escuela marcada)</source>
        <translation>Which schools it is about: each school&apos;s own bitácora carries its evidence and the whole staff&apos;s (no school ticked)</translation>
    </message>
    <message>
        <source>De todo el colectivo</source>
        <translation>The whole staff&apos;s</translation>
    </message>
    <message>
        <source>De: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <source>¿Quitar «%1» de las evidencias de esta actividad? Ctrl+Z la devuelve.</source>
        <translation>Remove “%1” from this activity&apos;s evidence? Ctrl+Z brings it back.</translation>
    </message>
</context>
<context>
    <name>fcte::ExportActions</name>
    <message>
        <source>Tamaño A4 (en lugar de carta)</source>
        <translation>A4 size (instead of letter)</translation>
    </message>
    <message>
        <source>Omitir las entradas tachadas</source>
        <translation>Leave out struck-out entries</translation>
    </message>
    <message>
        <source>&amp;Exportar</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Bitácora en &amp;PDF…</source>
        <translation>Logbook as &amp;PDF…</translation>
    </message>
    <message>
        <source>Bitácora completa en &amp;JSON…</source>
        <translation>Whole logbook as &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Compromisos en CSV…</source>
        <translation>&amp;Commitments as CSV…</translation>
    </message>
    <message>
        <source>Bitácora de &amp;una escuela</source>
        <translation>Logbook of &amp;one school</translation>
    </message>
    <message>
        <source>%1 (%2)…</source>
        <translation>%1 (%2)…</translation>
    </message>
    <message>
        <source>Una bitácora por &amp;escuela (carpeta)…</source>
        <translation>One logbook per &amp;school (folder)…</translation>
    </message>
    <message>
        <source>&amp;Importar bitácora JSON…</source>
        <translation>&amp;Import JSON logbook…</translation>
    </message>
    <message>
        <source>Im&amp;primir…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>bitacora-cte-%1.%2</source>
        <translation>cte-logbook-%1.%2</translation>
    </message>
    <message>
        <source>No se guardó</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Guardar una copia completa de la bitácora</source>
        <translation>Save a complete copy of the logbook</translation>
    </message>
    <message>
        <source>Bitácora (*.sqlite)</source>
        <translation>Logbook (*.sqlite)</translation>
    </message>
    <message>
        <source>Exportar la bitácora en PDF</source>
        <translation>Export the logbook as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Bitácora guardada en %1</source>
        <translation>Logbook saved to %1</translation>
    </message>
    <message>
        <source>Bitácora JSON (*.json)</source>
        <translation>JSON logbook (*.json)</translation>
    </message>
    <message>
        <source>Compromisos en CSV (*.csv)</source>
        <translation>Commitments as CSV (*.csv)</translation>
    </message>
    <message>
        <source>Bitácora de %1</source>
        <translation>Logbook of %1</translation>
    </message>
    <message>
        <source>Bitácora de %1 guardada en %2</source>
        <translation>Logbook of %1 saved to %2</translation>
    </message>
    <message>
        <source>Carpeta para la bitácora de cada escuela</source>
        <translation>Folder for each school&apos;s logbook</translation>
    </message>
    <message numerus="yes">
        <source>%n bitácoras (una por escuela) guardadas en %1</source>
        <translation>
            <numerusform>%n logbook (one per school) saved to %1</numerusform>
            <numerusform>%n logbooks (one per school) saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exportar la bitácora en JSON</source>
        <translation>Export the logbook as JSON</translation>
    </message>
    <message>
        <source>Exportar los compromisos en CSV</source>
        <translation>Export the commitments as CSV</translation>
    </message>
    <message>
        <source>compromisos.csv</source>
        <translation>commitments.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compromisos guardados en %1</source>
        <translation>Commitments saved to %1</translation>
    </message>
    <message>
        <source>Importar una bitácora JSON</source>
        <translation>Import a JSON logbook</translation>
    </message>
    <message>
        <source>No se pudo abrir %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>No se importó</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>el archivo es demasiado grande</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>La sesión de %1 ya está en esta bitácora («%2»). ¿Importarla otra vez como una sesión aparte?</source>
        <translation>The session from %1 is already in this logbook (“%2”). Import it again as a separate session?</translation>
    </message>
    <message>
        <source>Ya importada</source>
        <translation>Already imported</translation>
    </message>
    <message numerus="yes">
        <source>… y %n problema(s) más.</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>No se importó %1; la bitácora no cambió.

%2</source>
        <translation>%1 was not imported; the logbook did not change.

%2</translation>
    </message>
    <message>
        <source>Vista previa de impresión</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Exportando…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Importando %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>No se importó %1.</source>
        <translation>%1 was not imported.</translation>
    </message>
    <message>
        <source>Preparando la vista previa de impresión…</source>
        <translation>Preparing the print preview…</translation>
    </message>
    <message>
        <source>No se pudo imprimir</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>La copia completa de la bitácora (todas sus sesiones) quedó en %1: un solo archivo, que se abre en otra computadora con Facilitador CTE.</source>
        <translation>The complete copy of the bitácora (all its sessions) is in %1: a single file, which opens on another computer with Facilitador CTE.</translation>
    </message>
    <message>
        <source>Guardar una &amp;copia…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Se importó «%1» como una sesión nueva: se abre desde Archivo → Abrir sesión.</source>
        <translation>“%1” was imported as a new session: open it from File → Open session.</translation>
    </message>
    <message>
        <source>Ninguna letra instalada dibuja %1: en el PDF cada uno va en un recuadro con su código.</source>
        <translation>No installed font draws %1: in the PDF each is printed in a box with its code.</translation>
    </message>
</context>
<context>
    <name>fcte::GuideActivityPage</name>
    <message>
        <source>Título de la actividad</source>
        <translation>Activity title</translation>
    </message>
    <message>
        <source>&amp;Título:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Minutos:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <source>T&amp;emporizador:</source>
        <translation>T&amp;imer:</translation>
    </message>
    <message>
        <source>Pasos</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Escriba aquí qué se hace: un paso por línea</source>
        <translation>Write here what is done: one step per line</translation>
    </message>
    <message>
        <source>&amp;Pasos:</source>
        <translation>&amp;Steps:</translation>
    </message>
    <message>
        <source>Preguntas guía</source>
        <translation>Guiding questions</translation>
    </message>
    <message>
        <source>Pre&amp;guntas:</source>
        <translation>&amp;Questions:</translation>
    </message>
    <message>
        <source>Frases para iniciar</source>
        <translation>Sentence starters</translation>
    </message>
    <message>
        <source>&amp;Frases para iniciar:</source>
        <translation>Sentence &amp;starters:</translation>
    </message>
    <message>
        <source>&amp;Lectura:</source>
        <translation>&amp;Reading:</translation>
    </message>
    <message>
        <source>&amp;Presenta:</source>
        <translation>P&amp;resents:</translation>
    </message>
    <message>
        <source>&amp;Hojas:</source>
        <translation>S&amp;heets:</translation>
    </message>
    <message>
        <source>Minutos planeados</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>los indica la guía (si no, son una propuesta)</source>
        <translation>set by the guide (otherwise, a proposal)</translation>
    </message>
    <message>
        <source>fijos al recuperar tiempo</source>
        <translation>fixed when catching up on time</translation>
    </message>
    <message>
        <source>Temporizador</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Uno para toda la actividad</source>
        <translation>One for the whole activity</translation>
    </message>
    <message>
        <source>Un turno por escuela</source>
        <translation>One turn per school</translation>
    </message>
    <message>
        <source>Minutos por turno, como máximo</source>
        <translation>Minutes per turn, at most</translation>
    </message>
    <message>
        <source>máximo </source>
        <translation>at most </translation>
    </message>
    <message>
        <source> min por turno</source>
        <translation> min per turn</translation>
    </message>
    <message>
        <source>Título de la lectura</source>
        <translation>Reading title</translation>
    </message>
    <message>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Fuente de la lectura</source>
        <translation>Reading source</translation>
    </message>
    <message>
        <source>Autor, año, dónde se encuentra</source>
        <translation>Author, year, where to find it</translation>
    </message>
    <message>
        <source>Listas de la sesión que presenta</source>
        <translation>Session lists it presents</translation>
    </message>
    <message>
        <source>Propósitos</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Productos</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Materiales</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Hojas que se registran</source>
        <translation>Sheets that are recorded</translation>
    </message>
</context>
<context>
    <name>fcte::GuideEditor</name>
    <message>
        <source>Esquema de la guía</source>
        <translation>Guide outline</translation>
    </message>
    <message>
        <source>Arrastre un apartado o una actividad para cambiarlo de lugar</source>
        <translation>Drag a section or an activity to move it</translation>
    </message>
    <message>
        <source>Mover</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Campos</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Vista previa para el director</source>
        <translation>Preview for the principal</translation>
    </message>
    <message>
        <source>Vista previa de la proyección</source>
        <translation>Preview of the projection</translation>
    </message>
    <message>
        <source>En la pantalla del director:</source>
        <translation>On the principal&apos;s screen:</translation>
    </message>
    <message>
        <source>En la proyección:</source>
        <translation>On the projection:</translation>
    </message>
    <message>
        <source>Contenido y vista previa</source>
        <translation>Content and preview</translation>
    </message>
    <message>
        <source>Contenido</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Guía</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Guardar &amp;como…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Usar en una sesión nueva…</source>
        <translation>&amp;Use in a new session…</translation>
    </message>
    <message>
        <source>La guía tiene problemas</source>
        <translation>The guide has problems</translation>
    </message>
    <message>
        <source>Corrija lo que se señala en rojo antes de usar la guía en una sesión. Mientras tanto puede guardarla como borrador.</source>
        <translation>Correct what is marked in red before using the guide in a session. Meanwhile you can save it as a draft.</translation>
    </message>
    <message>
        <source>&amp;Cerrar</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Deshacer</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rehacer</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Esquema</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Nuevo apartado</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Nueva actividad</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Bajar</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Elimina el apartado o la actividad (Ctrl+Supr; Ctrl+Z lo devuelve)</source>
        <translation>Deletes the section or the activity (Ctrl+Del; Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <source>Cambiar %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Sesión: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <source>%1. %2 (%3 min)</source>
        <translation>%1. %2 (%3 min)</translation>
    </message>
    <message>
        <source>✓ La guía es válida: puede usarse en una sesión.</source>
        <translation>✓ The guide is valid: it can be used in a session.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problema(s); se puede guardar como borrador, no usar en una sesión:</source>
        <translation>
            <numerusform>⚠ %n problem; it can be saved as a draft, not used in a session:</numerusform>
            <numerusform>⚠ %n problems; it can be saved as a draft, not used in a session:</numerusform>
        </translation>
    </message>
    <message>
        <source>guía nueva</source>
        <translation>new guide</translation>
    </message>
    <message>
        <source>%1%2 — Editor de guías</source>
        <translation>%1%2 — Guide editor</translation>
    </message>
    <message>
        <source>No se guardó la guía</source>
        <translation>The guide was not saved</translation>
    </message>
    <message>
        <source>Guardada en %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Guardada como borrador en %1: aún tiene problemas</source>
        <translation>Saved as a draft to %1: it still has problems</translation>
    </message>
    <message>
        <source>Guardar la guía</source>
        <translation>Save the guide</translation>
    </message>
    <message>
        <source>Guía de sesión (*.guia.json *.json)</source>
        <translation>Session guide (*.guia.json *.json)</translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>¿Guardar los cambios de la guía antes de cerrar?</source>
        <translation>Save the changes to the guide before closing?</translation>
    </message>
    <message numerus="yes">
        <source>Al abrir el archivo se encontraron %n problema(s). Lo que no se pudo leer no está en el editor: escríbalo de nuevo antes de guardar.</source>
        <translation>
            <numerusform>Opening the file found %n problem. What could not be read is not in the editor: write it again before saving.</numerusform>
            <numerusform>Opening the file found %n problems. What could not be read is not in the editor: write it again before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fcte::GuideFieldsPage</name>
    <message>
        <source>Uno por línea</source>
        <translation>One per line</translation>
    </message>
</context>
<context>
    <name>fcte::GuideSectionPage</name>
    <message>
        <source>Título del apartado</source>
        <translation>Section title</translation>
    </message>
    <message>
        <source>&amp;Título del apartado:</source>
        <translation>Section &amp;title:</translation>
    </message>
</context>
<context>
    <name>fcte::GuideSessionPage</name>
    <message>
        <source>Título de la guía</source>
        <translation>Guide title</translation>
    </message>
    <message>
        <source>&amp;Título:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Identificador de la guía</source>
        <translation>Guide identifier</translation>
    </message>
    <message>
        <source>Un nombre corto sin espacios que distingue a esta guía de las demás</source>
        <translation>A short name without spaces that tells this guide apart from the others</translation>
    </message>
    <message>
        <source>&amp;Identificador:</source>
        <translation>&amp;Identifier:</translation>
    </message>
    <message>
        <source>Fuente de la guía</source>
        <translation>Guide source</translation>
    </message>
    <message>
        <source>De dónde viene: la guía de la SEP, su fecha</source>
        <translation>Where it comes from: the SEP guide, its date</translation>
    </message>
    <message>
        <source>&amp;Fuente:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Propósitos</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>&amp;Propósitos:</source>
        <translation>&amp;Purposes:</translation>
    </message>
    <message>
        <source>Materiales</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>&amp;Materiales:</source>
        <translation>&amp;Materials:</translation>
    </message>
    <message>
        <source>Qué más se prepara</source>
        <translation>What else is prepared</translation>
    </message>
    <message>
        <source>Pliegos de papel, acuerdos previos: uno por línea</source>
        <translation>Paper sheets, prior agreements: one per line</translation>
    </message>
    <message>
        <source>Prep&amp;aración:</source>
        <translation>Prep&amp;aration:</translation>
    </message>
    <message>
        <source>Qué prepara cada escuela</source>
        <translation>What each school prepares</translation>
    </message>
    <message>
        <source>Por es&amp;cuela:</source>
        <translation>Per s&amp;chool:</translation>
    </message>
    <message>
        <source>Productos</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>P&amp;roductos:</source>
        <translation>P&amp;roducts:</translation>
    </message>
</context>
<context>
    <name>fcte::HelpMenu</name>
    <message>
        <source>Ay&amp;uda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Idioma</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Según el sistema</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>&amp;Acerca de Facilitador CTE</source>
        <translation>&amp;About Facilitador CTE</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>El programa aparecerá en el idioma elegido la próxima vez que lo abra.
The program will appear in the chosen language the next time you open it.</source>
        <translation>The program will appear in the chosen language the next time you open it.
El programa aparecerá en el idioma elegido la próxima vez que lo abra.</translation>
    </message>
    <message>
        <source>Acerca de Facilitador CTE</source>
        <translation>About Facilitador CTE</translation>
    </message>
    <message>
        <source>Facilitador CTE %1
Conduce la sesión del Consejo Técnico Escolar y lleva su Cuaderno de Bitácora, sin internet.
Licencia GPL 3 o posterior.</source>
        <translation>Facilitador CTE %1
Runs the School Technical Council (CTE) session and keeps its logbook, with no internet.
Licence: GPL 3 or later.</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual (in Spanish)</translation>
    </message>
</context>
<context>
    <name>fcte::ListSheetEditor</name>
    <message>
        <source>Nueva entrada en «%1»</source>
        <translation>New entry in “%1”</translation>
    </message>
    <message>
        <source>Tipo de la próxima entrada</source>
        <translation>Type of the next entry</translation>
    </message>
    <message>
        <source>Escuela de la próxima entrada</source>
        <translation>School of the next entry</translation>
    </message>
    <message>
        <source>Equipo de la próxima entrada</source>
        <translation>Team of the next entry</translation>
    </message>
    <message>
        <source>Participante de la próxima entrada</source>
        <translation>Participant of the next entry</translation>
    </message>
    <message>
        <source>Agregar</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Agrega la entrada (Intro)</source>
        <translation>Adds the entry (Enter)</translation>
    </message>
    <message>
        <source>Escuelas:</source>
        <translation>Schools:</translation>
    </message>
    <message>
        <source>Escuelas que se marcan</source>
        <translation>Schools that are marked</translation>
    </message>
    <message>
        <source>Intro agrega · ↓ va a la lista · F2 edita · Supr tacha o restaura · Ctrl+↑/↓ mueve · Ctrl+Z deshace</source>
        <translation>Enter adds · ↓ goes to the list · F2 edits · Del strikes out or restores · Ctrl+↑/↓ moves · Ctrl+Z undoes</translation>
    </message>
    <message>
        <source>Mostrar tachadas</source>
        <translation>Show struck-out entries</translation>
    </message>
    <message>
        <source>(escuela)</source>
        <translation>(school)</translation>
    </message>
    <message>
        <source>(equipo)</source>
        <translation>(team)</translation>
    </message>
    <message>
        <source>(participante)</source>
        <translation>(participant)</translation>
    </message>
    <message>
        <source>%1 — Alt+%2 la marca o desmarca</source>
        <translation>%1 — Alt+%2 marks or unmarks it</translation>
    </message>
    <message>
        <source>Sin escuelas marcadas (Alt+1…9 las marca)</source>
        <translation>No schools marked (Alt+1…9 marks them)</translation>
    </message>
    <message>
        <source>La próxima entrada lleva: %1</source>
        <translation>The next entry carries: %1</translation>
    </message>
</context>
<context>
    <name>fcte::MainWindow</name>
    <message>
        <source>Agenda de la sesión</source>
        <translation>Session agenda</translation>
    </message>
    <message>
        <source>Actividad actual</source>
        <translation>Current activity</translation>
    </message>
    <message>
        <source>Envíos desde teléfonos</source>
        <translation>Submissions from phones</translation>
    </message>
    <message>
        <source>Bitácora: %1</source>
        <translation>Logbook: %1</translation>
    </message>
    <message>
        <source>◀ Anterior</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Actividad anterior (Alt+←)</source>
        <translation>Previous activity (Alt+←)</translation>
    </message>
    <message>
        <source>Siguiente ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Actividad siguiente (Alt+→)</source>
        <translation>Next activity (Alt+→)</translation>
    </message>
    <message>
        <source>&amp;Datos de la sesión…</source>
        <translation>Session &amp;details…</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Deshacer</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rehacer</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Abrir &amp;guía…</source>
        <translation>Open &amp;guide…</translation>
    </message>
    <message>
        <source>Una nueva sesión con otra guía (archivo JSON validado)</source>
        <translation>A new session with another guide (validated JSON file)</translation>
    </message>
    <message>
        <source>G&amp;uías de sesión</source>
        <translation>Session g&amp;uides</translation>
    </message>
    <message>
        <source>&amp;Nueva guía…</source>
        <translation>&amp;New guide…</translation>
    </message>
    <message>
        <source>&amp;Editar una guía…</source>
        <translation>&amp;Edit a guide…</translation>
    </message>
    <message>
        <source>&amp;Duplicar y editar la guía de esta sesión</source>
        <translation>&amp;Duplicate and edit this session&apos;s guide</translation>
    </message>
    <message>
        <source>&amp;Restaurar una copia de seguridad…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Sesión</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Pase de lista…</source>
        <translation>&amp;Roll call…</translation>
    </message>
    <message>
        <source>Navegación</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Tiempo</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;Proyección</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <source>&amp;Tiempo</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>No se pudo guardar</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>  Actividad %1 de %2</source>
        <translation>  Activity %1 of %2</translation>
    </message>
    <message>
        <source>✎ Escribiendo… se guarda en un segundo</source>
        <translation>✎ Typing… saved within a second</translation>
    </message>
    <message>
        <source>✓ Guardado %1</source>
        <translation>✓ Saved %1</translation>
    </message>
    <message>
        <source>⚠ Sin guardar: %1</source>
        <translation>⚠ Not saved: %1</translation>
    </message>
    <message>
        <source>%1 — Facilitador CTE</source>
        <translation>%1 — Facilitador CTE</translation>
    </message>
    <message>
        <source>Facilitador CTE</source>
        <translation>Facilitador CTE</translation>
    </message>
    <message>
        <source>Abrir una guía</source>
        <translation>Open a guide</translation>
    </message>
    <message>
        <source>Guía de sesión (*.json)</source>
        <translation>Session guide (*.json)</translation>
    </message>
    <message>
        <source>Editar una guía</source>
        <translation>Edit a guide</translation>
    </message>
    <message>
        <source>La guía no se puede abrir</source>
        <translation>The guide cannot be opened</translation>
    </message>
    <message>
        <source>%1 no se puede abrir en el editor:
%2</source>
        <translation>%1 cannot be opened in the editor:
%2</translation>
    </message>
    <message>
        <source>La guía no es válida</source>
        <translation>The guide is not valid</translation>
    </message>
    <message>
        <source>%1 no se puede usar:
%2</source>
        <translation>%1 cannot be used:
%2</translation>
    </message>
    <message>
        <source>Bitácora de solo lectura: %1</source>
        <translation>Read-only logbook: %1</translation>
    </message>
    <message>
        <source>%1 (solo lectura) — Facilitador CTE</source>
        <translation>%1 (read-only) — Facilitador CTE</translation>
    </message>
    <message>
        <source>Solo lectura: se puede consultar y exportar; lo que se escriba no se guardará.</source>
        <translation>Read-only: it can be viewed and exported; what is typed will not be saved.</translation>
    </message>
    <message>
        <source>&amp;Nueva sesión…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>A&amp;brir sesión…</source>
        <translation>&amp;Open session…</translation>
    </message>
    <message>
        <source>La pantalla de inicio: otra sesión, la demostración o un seguimiento</source>
        <translation>The start screen: another session, the demonstration or a follow-up</translation>
    </message>
    <message>
        <source>Reunir bi&amp;tácoras de la zona…</source>
        <translation>Gat&amp;her the zone&apos;s bitácoras…</translation>
    </message>
    <message>
        <source>Reunir bitácoras de la zona</source>
        <translation>Gather the zone&apos;s bitácoras</translation>
    </message>
    <message>
        <source>Bitácoras JSON (*.json)</source>
        <translation>JSON bitácoras (*.json)</translation>
    </message>
    <message>
        <source>&amp;Zona escolar…</source>
        <translation>School &amp;zone…</translation>
    </message>
    <message>
        <source>Pub&amp;licar en la base de la zona…</source>
        <translation>Pu&amp;blish to the zone database…</translation>
    </message>
</context>
<context>
    <name>fcte::ManualWindow</name>
    <message>
        <source>Manual de Facilitador CTE</source>
        <translation>Facilitador CTE manual</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>◀ Atrás</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Índice</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>fcte::ModerationQueue</name>
    <message>
        <source>Corregir antes de aprobar</source>
        <translation>Correct before approving</translation>
    </message>
    <message>
        <source>Mis alumnos requieren mejorar…</source>
        <translation>My students need to improve…</translation>
    </message>
    <message>
        <source>Acciones</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Compartiré en marzo mediante…</source>
        <translation>I will share in March through…</translation>
    </message>
    <message>
        <source>Evidencias</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Aprobar</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Envíos por revisar</source>
        <translation>Submissions to review</translation>
    </message>
    <message>
        <source>Act.</source>
        <translation>Act.</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Aprobar (Intro)</source>
        <translation>Approve (Enter)</translation>
    </message>
    <message>
        <source>Corregir (F2)</source>
        <translation>Correct (F2)</translation>
    </message>
    <message>
        <source>Rechazar (Supr)</source>
        <translation>Reject (Del)</translation>
    </message>
    <message>
        <source>%1 (no está en la lista)</source>
        <translation>%1 (not on the list)</translation>
    </message>
    <message>
        <source>Mostrar los rechazados (%1)</source>
        <translation>Show the rejected ones (%1)</translation>
    </message>
    <message>
        <source>Nada pendiente: lo que envíen los teléfonos aparece aquí.</source>
        <translation>Nothing pending: what the phones send appears here.</translation>
    </message>
    <message numerus="yes">
        <source>%n envío(s) por revisar.</source>
        <translation>
            <numerusform>%n submission to review.</numerusform>
            <numerusform>%n submissions to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Bloquear el teléfono (Mayús+Supr)</source>
        <translation>Block the phone (Shift+Del)</translation>
    </message>
    <message>
        <source>⚠ %1 (el mismo nombre desde %2 teléfonos)</source>
        <translation>⚠ %1 (the same name from %2 phones)</translation>
    </message>
</context>
<context>
    <name>fcte::NextMeetingSheet</name>
    <message>
        <source>p. ej. viernes 26 de marzo</source>
        <translation>e.g. Friday, March 26</translation>
    </message>
    <message>
        <source>p. ej. 8:00 a 12:30</source>
        <translation>e.g. 8:00 to 12:30</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Horario:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Lugar:</source>
        <translation>&amp;Place:</translation>
    </message>
</context>
<context>
    <name>fcte::ParticipationController</name>
    <message>
        <source>Participación desde &amp;teléfonos…</source>
        <translation>Participation from &amp;phones…</translation>
    </message>
    <message>
        <source>Cada docente agrega sus propias palabras desde su teléfono, por la red local</source>
        <translation>Each teacher adds their own words from their phone, over the local network</translation>
    </message>
    <message>
        <source>Proyectar el código para &amp;teléfonos</source>
        <translation>Project the code for p&amp;hones</translation>
    </message>
</context>
<context>
    <name>fcte::ParticipationDialog</name>
    <message>
        <source>Participación desde teléfonos</source>
        <translation>Participation from phones</translation>
    </message>
    <message>
        <source>Los docentes abren la dirección (o escanean el código) desde su teléfono, conectados a la misma red que esta computadora: la red de la escuela o el punto de acceso de la laptop. No se necesita internet. Lo que envían espera su aprobación.</source>
        <translation>Teachers open the address (or scan the code) on their phone, connected to the same network as this computer: the school&apos;s network or the laptop&apos;s hotspot. No internet is needed. What they send waits for your approval.</translation>
    </message>
    <message>
        <source>Solo esta computadora</source>
        <translation>This computer only</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <source>Nuevo código</source>
        <translation>New code</translation>
    </message>
    <message>
        <source>La dirección anterior deja de funcionar</source>
        <translation>The previous address stops working</translation>
    </message>
    <message>
        <source>Proyectar el código</source>
        <translation>Project the code</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No se pudo activar</source>
        <translation>Could not turn it on</translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation>Turn off</translation>
    </message>
    <message>
        <source>Activar</source>
        <translation>Turn on</translation>
    </message>
    <message>
        <source>Activa: los teléfonos pueden unirse.</source>
        <translation>On: phones can join.</translation>
    </message>
    <message>
        <source>Desactivada: nadie puede conectarse.</source>
        <translation>Off: nobody can connect.</translation>
    </message>
</context>
<context>
    <name>fcte::PreparationDialog</name>
    <message>
        <source>Preparar la sesión</source>
        <translation>Prepare the session</translation>
    </message>
    <message>
        <source>Materiales que pide la guía</source>
        <translation>Materials the guide asks for</translation>
    </message>
    <message>
        <source>Lo que contendrá la bitácora al terminar (productos)</source>
        <translation>What the logbook will hold at the end (products)</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lo que la guía pide preparar</source>
        <translation>What the guide asks to prepare</translation>
    </message>
    <message>
        <source>Lo que pide la guía antes de la sesión (marque lo que ya está listo)</source>
        <translation>What the guide asks for before the session (tick what is ready)</translation>
    </message>
    <message>
        <source>Lo que pide la guía antes de la sesión</source>
        <translation>What the guide asks for before the session</translation>
    </message>
    <message>
        <source>preparación %1/%2</source>
        <translation>prepared %1/%2</translation>
    </message>
    <message>
        <source>El texto de «%1», pegado en la actividad %2</source>
        <translation>The text of “%1”, pasted at activity %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rehacer</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>No se guardó</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>fcte::PresentationMode</name>
    <message>
        <source>&amp;Modo presentación (una pantalla)</source>
        <translation>Presentation &amp;mode (one screen)</translation>
    </message>
</context>
<context>
    <name>fcte::ProjectionController</name>
    <message>
        <source>&amp;Proyectar en el aula</source>
        <translation>&amp;Project in the classroom</translation>
    </message>
    <message>
        <source>Dejar de proyectar</source>
        <translation>Stop projecting</translation>
    </message>
    <message>
        <source>Pantalla en &amp;negro</source>
        <translation>&amp;Black screen</translation>
    </message>
    <message>
        <source>&amp;Congelar la proyección</source>
        <translation>&amp;Freeze the projection</translation>
    </message>
    <message>
        <source>El aula sigue viendo lo mismo mientras usted se adelanta</source>
        <translation>The classroom keeps seeing the same while you move ahead</translation>
    </message>
    <message>
        <source>Letra más &amp;grande</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Página &amp;siguiente en el aula</source>
        <translation>&amp;Next page in the classroom</translation>
    </message>
    <message>
        <source>Página &amp;anterior en el aula</source>
        <translation>P&amp;revious page in the classroom</translation>
    </message>
    <message>
        <source>Proyectar la &amp;lectura</source>
        <translation>Project the rea&amp;ding</translation>
    </message>
    <message>
        <source>El texto de la lectura que usted pegó, con su fuente, en lugar de la hoja</source>
        <translation>The text of the reading you pasted, with its source, instead of the sheet</translation>
    </message>
    <message>
        <source>Los apartados con sus minutos planeados, el receso y los productos</source>
        <translation>The sections with their planned minutes, the break and the products</translation>
    </message>
    <message>
        <source>La otra pantalla (automático)</source>
        <translation>The other screen (automatic)</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>Proyectando</source>
        <translation>Projecting</translation>
    </message>
    <message>
        <source>pantalla en negro</source>
        <translation>black screen</translation>
    </message>
    <message>
        <source>proyección congelada</source>
        <translation>projection frozen</translation>
    </message>
    <message>
        <source>foto en pantalla (Esc la quita)</source>
        <translation>photo on screen (Esc removes it)</translation>
    </message>
    <message>
        <source>página %1 de %2 (AvPág/RePág)</source>
        <translation>page %1 of %2 (PgDn/PgUp)</translation>
    </message>
    <message>
        <source>Su problemática</source>
        <translation>Its problem</translation>
    </message>
    <message>
        <source>Letra más c&amp;hica</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>Proyectar la agen&amp;da</source>
        <translation>Project the a&amp;genda</translation>
    </message>
    <message>
        <source>Pantalla del a&amp;ula</source>
        <translation>&amp;Classroom screen</translation>
    </message>
    <message>
        <source>T&amp;ema</source>
        <translation>&amp;Theme</translation>
    </message>
</context>
<context>
    <name>fcte::ProjectionView</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Proyección</source>
        <translation>Projection</translation>
    </message>
</context>
<context>
    <name>fcte::ReadingPanel</name>
    <message>
        <source>Pegar o escribir el texto…</source>
        <translation>Paste or type the text…</translation>
    </message>
    <message>
        <source>Abrir un archivo de texto…</source>
        <translation>Open a text file…</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>El texto no viene con la aplicación: péguelo o ábralo para mostrarlo y proyectarlo (Ctrl+Mayús+L).</source>
        <translation>The text does not come with the application: paste it or open it to show and project it (Ctrl+Shift+L).</translation>
    </message>
    <message numerus="yes">
        <source>Texto de esta sesión: %n palabras. Se proyecta con Ctrl+Mayús+L, con su fuente.</source>
        <translation>
            <numerusform>Text for this session: %n word. Projected with Ctrl+Shift+L, with its source.</numerusform>
            <numerusform>Text for this session: %n words. Projected with Ctrl+Shift+L, with its source.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abrir el texto de la lectura</source>
        <translation>Open the reading&apos;s text</translation>
    </message>
    <message>
        <source>Texto (*.txt);;Todos los archivos (*)</source>
        <translation>Text (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>No se pudo abrir</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <source>No se pudo leer «%1»: %2</source>
        <translation>Could not read “%1”: %2</translation>
    </message>
    <message>
        <source>Archivo demasiado grande</source>
        <translation>File too large</translation>
    </message>
    <message>
        <source>«%1» tiene más de 1 MB: no parece el texto de una lectura. Copie solo la lectura en un archivo de texto.</source>
        <translation>“%1” is larger than 1 MB: it does not look like the text of a reading. Copy only the reading into a text file.</translation>
    </message>
    <message>
        <source>No es un archivo de texto</source>
        <translation>Not a text file</translation>
    </message>
    <message>
        <source>«%1» no es texto simple (.txt). Abra el documento, copie la lectura y péguela con «Pegar o escribir el texto…».</source>
        <translation>“%1” is not plain text (.txt). Open the document, copy the reading and paste it with “Paste or type the text…”.</translation>
    </message>
    <message>
        <source>Reemplazar el texto</source>
        <translation>Replace the text</translation>
    </message>
    <message>
        <source>Esta lectura ya tiene texto. ¿Reemplazarlo por el del archivo?</source>
        <translation>This reading already has a text. Replace it with the file&apos;s?</translation>
    </message>
    <message>
        <source>Quitar el texto</source>
        <translation>Remove the text</translation>
    </message>
    <message>
        <source>¿Quitar el texto de esta lectura de la sesión?</source>
        <translation>Remove this reading&apos;s text from the session?</translation>
    </message>
</context>
<context>
    <name>fcte::ReadingTextDialog</name>
    <message>
        <source>Texto de la lectura</source>
        <translation>Text of the reading</translation>
    </message>
    <message>
        <source>Pegue aquí el texto de la lectura, un párrafo por línea.</source>
        <translation>Paste the text of the reading here, one paragraph per line.</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Descartar el texto</source>
        <translation>Discard the text</translation>
    </message>
    <message>
        <source>¿Descartar lo que escribió o pegó en esta lectura?</source>
        <translation>Discard what you typed or pasted for this reading?</translation>
    </message>
</context>
<context>
    <name>fcte::RecordersSheet</name>
    <message>
        <source>Marque a quienes registran (Espacio marca o desmarca).</source>
        <translation>Tick the recorders (Space ticks or unticks).</translation>
    </message>
    <message>
        <source>Quienes registran</source>
        <translation>Recorders</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>fcte::RecoveryDialog</name>
    <message>
        <source>Recuperar tiempo</source>
        <translation>Catch up on time</translation>
    </message>
    <message>
        <source>No acortar los turnos</source>
        <translation>Do not shorten the turns</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Las escuelas que aún no presentan pueden tener turnos más cortos, nunca menos de este mínimo.</source>
        <translation>Schools that have not presented yet may get shorter turns, never shorter than this minimum.</translation>
    </message>
    <message>
        <source>Turno mínimo por escuela:</source>
        <translation>Minimum turn per school:</translation>
    </message>
    <message>
        <source>Actividad</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Planeado</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Propuesto</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Aplicar</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Dejar como está</source>
        <translation>Leave as it is</translation>
    </message>
    <message>
        <source>Van %1 min de retraso y no quedan actividades que se puedan recortar.</source>
        <translation>%1 min behind and no activities are left that can be shortened.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — turno de cada una de las %2 escuelas que faltan</source>
        <translation>%1 — turn of each of the %2 schools still to present</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Van %1 min de retraso. Esta propuesta recupera %2 min recortando las actividades siguientes en proporción a su duración; lo terminado y lo que está en curso no se toca. Los turnos de las escuelas que esperan (máximo de la guía) solo se acortan hasta el mínimo que usted elija. El plan se conserva: los minutos ajustados se muestran a su lado.</source>
        <translation>%1 min behind. This proposal recovers %2 min by shortening the next activities in proportion to their length; what is finished or under way is not touched. The turns of the schools still waiting (the guide&apos;s maximum) are only shortened down to the minimum you choose. The plan is kept: the adjusted minutes are shown beside it.</translation>
    </message>
    <message>
        <source>%1 — turno de la escuela que falta</source>
        <translation>%1 — turn of the school still to present</translation>
    </message>
</context>
<context>
    <name>fcte::RestoreDialog</name>
    <message>
        <source>Restaurar una copia de seguridad</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Elija la copia que reemplazará a la bitácora. La bitácora actual no se borra: se aparta junto a ella con la marca «antes».</source>
        <translation>Choose the backup that will replace the logbook. The current logbook is not deleted: it is set aside next to it, marked “antes”.</translation>
    </message>
    <message>
        <source>%1 · %2 KiB</source>
        <translation>%1 · %2 KiB</translation>
    </message>
    <message>
        <source>Restaurar</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>fcte::ReviewModel</name>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Compromiso o acuerdo</source>
        <translation>Commitment or agreement</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Indicador de logro</source>
        <translation>Achievement indicator</translation>
    </message>
    <message>
        <source>Evidencia vista</source>
        <translation>Evidence seen</translation>
    </message>
    <message>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sin revisar</source>
        <translation>Not reviewed</translation>
    </message>
</context>
<context>
    <name>fcte::ReviewSheet</name>
    <message>
        <source>1 pendiente · 2 en proceso · 3 cumplido · 4 no cumplido · F2 edita indicador, evidencia o fecha · cada cambio queda en la historia</source>
        <translation>1 pending · 2 in progress · 3 done · 4 not done · F2 edits indicator, evidence or date · every change stays in the history</translation>
    </message>
    <message>
        <source>Revisar:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <source>Acuerdos del colectivo</source>
        <translation>The staff&apos;s agreements</translation>
    </message>
</context>
<context>
    <name>fcte::RosterPreviewDialog</name>
    <message>
        <source>Participantes por agregar</source>
        <translation>Participants to add</translation>
    </message>
    <message>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Escuela</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Función</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Grado</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Escuelas por agregar</source>
        <translation>Schools to add</translation>
    </message>
    <message>
        <source>CCT</source>
        <translation>CCT</translation>
    </message>
    <message>
        <source>Nivel</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Turno</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Director(a)</source>
        <translation>Principal</translation>
    </message>
    <message numerus="yes">
        <source>Se agregarán %n filas.</source>
        <translation>
            <numerusform>%n row will be added.</numerusform>
            <numerusform>%n rows will be added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation>Remarks</translation>
    </message>
    <message numerus="yes">
        <source>Agregar %n</source>
        <translation>
            <numerusform>Add %n</numerusform>
            <numerusform>Add %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Se agregarán %1 filas; %n con observaciones (en rojo): puede corregirlas después en la tabla, o cancelar y corregir la hoja de cálculo.</source>
        <translation>
            <numerusform>%1 rows will be added; %n with notes (in red): you can correct it later in the table, or cancel and correct the spreadsheet.</numerusform>
            <numerusform>%1 rows will be added; %n with notes (in red): you can correct them later in the table, or cancel and correct the spreadsheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agregar solo las filas sin observaciones (%n)</source>
        <translation>
            <numerusform>Add only the row without notes (%n)</numerusform>
            <numerusform>Add only the rows without notes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fcte::RosterReuseDialog</name>
    <message>
        <source>Copiar escuelas de otra sesión</source>
        <translation>Copy schools from another session</translation>
    </message>
    <message>
        <source>Las escuelas marcadas se agregan con todo su personal; después puede corregir lo que haya cambiado.</source>
        <translation>The ticked schools are added with all their staff; afterwards you can correct whatever has changed.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Sesión:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <source>Agregar</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (%2): ya está en esta sesión</source>
        <translation>%1 (%2): already in this session</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %n persona(s)</source>
        <translation>
            <numerusform>%1 (%2) · %n person</numerusform>
            <numerusform>%1 (%2) · %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fcte::SchoolProblemsSheet</name>
    <message>
        <source>&amp;Escuela:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <source>&amp;Problemática:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <source>Entorno social:</source>
        <translation>Social setting:</translation>
    </message>
    <message>
        <source>Alumnos:</source>
        <translation>Students:</translation>
    </message>
    <message>
        <source>Grupos:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>Docentes y agentes:</source>
        <translation>Teachers and staff:</translation>
    </message>
    <message>
        <source>Infraestructura:</source>
        <translation>Infrastructure:</translation>
    </message>
    <message>
        <source>Prácticas que ayudaron:</source>
        <translation>Practices that helped:</translation>
    </message>
    <message>
        <source>Prácticas que no ayudaron:</source>
        <translation>Practices that did not help:</translation>
    </message>
</context>
<context>
    <name>fcte::SessionDialog</name>
    <message>
        <source>Nueva sesión</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Datos de la sesión</source>
        <translation>Session details</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Escuelas</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>Participantes</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Pegar desde hoja de cálculo</source>
        <translation>Paste from a spreadsheet</translation>
    </message>
    <message>
        <source>Copie las filas en Excel, Calc o Google Sheets y péguelas (Ctrl+V)</source>
        <translation>Copy the rows in Excel, Calc or Google Sheets and paste them (Ctrl+V)</translation>
    </message>
    <message>
        <source>Importar Excel o CSV…</source>
        <translation>Import Excel or CSV…</translation>
    </message>
    <message>
        <source>Importar una lista</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <source>Hojas de cálculo (*.xlsx *.csv *.txt);;Todos los archivos (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Copiar de otra sesión…</source>
        <translation>Copy from another session…</translation>
    </message>
    <message>
        <source>Las escuelas y el personal de una sesión anterior</source>
        <translation>The schools and staff of an earlier session</translation>
    </message>
    <message>
        <source>Educación Física</source>
        <translation>Physical Education</translation>
    </message>
    <message>
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Computación</source>
        <translation>Computing</translation>
    </message>
    <message>
        <source>No se pudo importar</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <source>No se pudo abrir</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <source>No se pudo leer «%1»: %2</source>
        <translation>Could not read “%1”: %2</translation>
    </message>
    <message>
        <source>Archivo demasiado grande</source>
        <translation>File too large</translation>
    </message>
    <message>
        <source>«%1» pesa más de 5 MB: no parece una lista de personal.</source>
        <translation>“%1” is larger than 5 MB: it does not look like a staff list.</translation>
    </message>
    <message>
        <source>No es un archivo CSV</source>
        <translation>Not a CSV file</translation>
    </message>
    <message>
        <source>«%1» no es texto: guárdelo desde la hoja de cálculo como «Libro de Excel (.xlsx)» o «CSV» y vuelva a intentarlo.</source>
        <translation>“%1” is not text: save it from the spreadsheet as “Excel Workbook (.xlsx)” or “CSV” and try again.</translation>
    </message>
    <message>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Escriba un título para la sesión.</source>
        <translation>Type a title for the session.</translation>
    </message>
    <message>
        <source>La hora de término debe ser posterior a la de inicio.</source>
        <translation>The end time must be later than the start time.</translation>
    </message>
    <message>
        <source>Escriba el nombre de la escuela %1.</source>
        <translation>Type the name of school %1.</translation>
    </message>
    <message>
        <source>La CCT de %1 no es válida: son 10 caracteres, como 09DPR1234X.</source>
        <translation>The CCT of %1 is not valid: it has 10 characters, such as 09DPR1234X.</translation>
    </message>
    <message>
        <source>%1 y %2 tienen la misma CCT (%3): cada escuela tiene la suya.</source>
        <translation>%1 and %2 have the same CCT (%3): each school has its own.</translation>
    </message>
    <message>
        <source>Escriba el nombre del participante %1.</source>
        <translation>Type the name of participant %1.</translation>
    </message>
    <message>
        <source>Sesión sin participantes</source>
        <translation>Session without participants</translation>
    </message>
    <message>
        <source>La sesión no tiene participantes: sin ellos no hay asistencia, equipos ni compromisos personales. ¿Guardarla así de todos modos? Podrá agregarlos después en Sesión → Datos de la sesión.</source>
        <translation>The session has no participants: without them there is no attendance, no teams and no personal commitments. Save it like this anyway? You can add them later in Session → Session details.</translation>
    </message>
    <message>
        <source>No se guardó la sesión</source>
        <translation>The session was not saved</translation>
    </message>
    <message>
        <source>¿Descartar lo escrito?</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <source>Se perderá lo que escribió en esta ventana (datos de la sesión, escuelas y participantes). ¿Descartarlo?</source>
        <translation>What you typed in this window (session details, schools and participants) will be lost. Discard it?</translation>
    </message>
    <message>
        <source>Observaciones de la lista: %1</source>
        <translation>Notes from the list: %1</translation>
    </message>
    <message>
        <source>«%1»: %2 con la función Director(a)</source>
        <translation>“%1”: %2 as Principal</translation>
    </message>
    <message>
        <source>Varios directores en una escuela</source>
        <translation>Several principals in one school</translation>
    </message>
    <message>
        <source>%1

Subdirector(a) es otra función. ¿Guardar así de todos modos?</source>
        <translation>%1

Deputy principal is another function. Save it like this anyway?</translation>
    </message>
    <message>
        <source>Participantes sin escuela</source>
        <translation>Participants without a school</translation>
    </message>
    <message numerus="yes">
        <source>%n participante(s) sin escuela: %1. No aparecerán en la bitácora propia de ninguna escuela, solo en la de toda la sesión. ¿Guardar así de todos modos?</source>
        <translation>
            <numerusform>%n participant without a school: %1. They will not appear in any school&apos;s own bitácora, only in the whole session&apos;s. Save it like this anyway?</numerusform>
            <numerusform>%n participants without a school: %1. They will not appear in any school&apos;s own bitácora, only in the whole session&apos;s. Save it like this anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fcte::SessionLifecycle</name>
    <message>
        <source>Preparar la sesión…</source>
        <translation>Prepare the session…</translation>
    </message>
    <message>
        <source>Desde ahora cuenta el horario: antes nada va retrasado</source>
        <translation>From now on the schedule counts: before this, nothing is late</translation>
    </message>
    <message>
        <source>■ Terminar sesión…</source>
        <translation>■ End session…</translation>
    </message>
    <message>
        <source>Detiene los cronómetros, registra la hora de término y muestra el resumen</source>
        <translation>Stops the timers, records the end time and shows the summary</translation>
    </message>
    <message>
        <source>Los cronómetros se usaron antes de iniciar (un ensayo). ¿Poner todos los tiempos en cero para empezar?</source>
        <translation>The timers were used before starting (a rehearsal). Set every time back to zero to begin?</translation>
    </message>
    <message>
        <source>Sí, desde cero</source>
        <translation>Yes, from zero</translation>
    </message>
    <message>
        <source>No, conservarlos</source>
        <translation>No, keep them</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Terminar sesión</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>¿Terminar la sesión ahora? Se detienen los cronómetros y se registra la hora de término. Puede reanudarla después.</source>
        <translation>End the session now? The timers stop and the end time is recorded. You can resume it later.</translation>
    </message>
    <message>
        <source>La sesión empieza en una actividad posterior a la primera. ¿Las actividades anteriores ya se hicieron, o no se harán en esta sesión?</source>
        <translation>The session starts at an activity after the first. Were the earlier activities already done, or will they not be done in this session?</translation>
    </message>
    <message>
        <source>Ya se hicieron…</source>
        <translation>Already done…</translation>
    </message>
    <message>
        <source>No se harán</source>
        <translation>Not to be done</translation>
    </message>
    <message>
        <source>¿A qué hora empezó la sesión? (HH:MM)</source>
        <translation>What time did the session begin? (HH:MM)</translation>
    </message>
    <message>
        <source>Escriba una hora de hoy, ya pasada, como 8:30.</source>
        <translation>Type a time from earlier today, such as 8:30.</translation>
    </message>
    <message>
        <source>Lo que pide la guía antes de la sesión y lo que contendrá la bitácora</source>
        <translation>What the guide asks for before the session, and what the logbook will hold</translation>
    </message>
    <message>
        <source>Comenzar la sesión</source>
        <translation>Begin the session</translation>
    </message>
    <message>
        <source>Reanudar la sesión</source>
        <translation>Resume the session</translation>
    </message>
</context>
<context>
    <name>fcte::SessionSummaryDialog</name>
    <message>
        <source>Sesión terminada</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>Inicio %1 · Fin %2 · Duración %3 h %4 min</source>
        <translation>Start %1 · End %2 · Length %3 h %4 min</translation>
    </message>
    <message>
        <source>Actividad</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Planeado (min)</source>
        <translation>Planned (min)</translation>
    </message>
    <message>
        <source>Real (min)</source>
        <translation>Actual (min)</translation>
    </message>
    <message>
        <source>Diferencia</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Total de las actividades</source>
        <translation>Total of the activities</translation>
    </message>
    <message>
        <source>Exportar la bitácora en PDF…</source>
        <translation>Export the logbook as PDF…</translation>
    </message>
    <message>
        <source>Reanudar la sesión</source>
        <translation>Resume the session</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>fcte::SheetPanel</name>
    <message>
        <source>Hojas de la actividad</source>
        <translation>The activity&apos;s sheets</translation>
    </message>
</context>
<context>
    <name>fcte::StartDialog</name>
    <message>
        <source>Continuar «%1»
%2</source>
        <translation>Continue “%1”
%2</translation>
    </message>
    <message>
        <source>Bitácora: %1</source>
        <translation>Logbook: %1</translation>
    </message>
    <message>
        <source>Nueva sesión con una de mis guías…</source>
        <translation>New session with one of my guides…</translation>
    </message>
    <message>
        <source>Las guías de la carpeta %1</source>
        <translation>The guides in the folder %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — no se puede usar todavía</source>
        <translation>%1 — cannot be used yet</translation>
    </message>
    <message>
        <source>Mis guías</source>
        <translation>My guides</translation>
    </message>
    <message>
        <source>Guía:</source>
        <translation>Guide:</translation>
    </message>
    <message>
        <source>La guía no es válida</source>
        <translation>The guide is not valid</translation>
    </message>
    <message>
        <source>No se pudo crear la demostración</source>
        <translation>Could not create the demo</translation>
    </message>
    <message>
        <source>Sesión:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Abrir otra sesión</source>
        <translation>Open another session</translation>
    </message>
    <message>
        <source>¿De qué sesión es el seguimiento?</source>
        <translation>Which session is this a follow-up of?</translation>
    </message>
    <message>
        <source>No se pudo crear el seguimiento</source>
        <translation>Could not create the follow-up</translation>
    </message>
    <message>
        <source>%1 no se puede usar todavía:
%2

Para corregirla, ábrala en el editor (Archivo → Guías de sesión → Editar una guía…).</source>
        <translation>%1 cannot be used yet:
%2

To correct it, open it in the editor (File → Session guides → Edit a guide…).</translation>
    </message>
    <message>
        <source> · demostración</source>
        <translation> · demonstration</translation>
    </message>
    <message>
        <source> · seguimiento de «%1»</source>
        <translation> · follow-up of “%1”</translation>
    </message>
    <message>
        <source> · ya tiene seguimiento: «%1»</source>
        <translation> · already followed up: “%1”</translation>
    </message>
    <message>
        <source>F1: manual de uso. La sesión de demostración muestra todo sin tocar sus sesiones.</source>
        <translation>F1: user manual. The demonstration session shows everything without touching your sessions.</translation>
    </message>
</context>
<context>
    <name>fcte::TeamsSheet</name>
    <message>
        <source>Nombre del nuevo equipo</source>
        <translation>Name of the new team</translation>
    </message>
    <message>
        <source>Nuevo equipo (grado o sección) e Intro</source>
        <translation>New team (grade or section) and Enter</translation>
    </message>
    <message>
        <source>Equipos</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Formar por grado</source>
        <translation>Form by grade</translation>
    </message>
    <message>
        <source>Crea un equipo por cada grado o sección de los participantes</source>
        <translation>Creates one team for each grade or section of the participants</translation>
    </message>
    <message>
        <source>Quitar equipo</source>
        <translation>Remove team</translation>
    </message>
    <message>
        <source>Integrantes del equipo:</source>
        <translation>Team members:</translation>
    </message>
    <message>
        <source>Integrantes del equipo</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>agregar equipo</source>
        <translation>add team</translation>
    </message>
    <message>
        <source>formar equipos por grado</source>
        <translation>form teams by grade</translation>
    </message>
    <message>
        <source>renombrar equipo</source>
        <translation>rename team</translation>
    </message>
    <message>
        <source>cambiar integrantes</source>
        <translation>change members</translation>
    </message>
    <message>
        <source>quitar equipo</source>
        <translation>remove team</translation>
    </message>
</context>
<context>
    <name>fcte::TimerBar</name>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>Quitar un minuto a esta actividad</source>
        <translation>Take a minute off this activity</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Dar un minuto más a esta actividad</source>
        <translation>Give this activity one more minute</translation>
    </message>
    <message>
        <source>Siguiente escuela ▶</source>
        <translation>Next school ▶</translation>
    </message>
    <message>
        <source>Termina el turno de esta escuela y da la palabra a la siguiente (F8)</source>
        <translation>Ends this school&apos;s turn and gives the floor to the next one (F8)</translation>
    </message>
    <message>
        <source>Sonido al llegar a cero</source>
        <translation>Sound when reaching zero</translation>
    </message>
    <message>
        <source>Proponer un receso</source>
        <translation>Propose a break</translation>
    </message>
    <message>
        <source>La guía no incluye receso: es una propuesta que usted decide. Su duración se cambia en la agenda.</source>
        <translation>The guide includes no break: it is a proposal you decide on. Its length is changed in the agenda.</translation>
    </message>
    <message>
        <source>Receso una actividad antes</source>
        <translation>Break one activity earlier</translation>
    </message>
    <message>
        <source>Receso una actividad después</source>
        <translation>Break one activity later</translation>
    </message>
    <message>
        <source>Recuperar tiempo…</source>
        <translation>Catch up on time…</translation>
    </message>
    <message>
        <source>Propone recortar las actividades siguientes que no son fijas</source>
        <translation>Proposes shortening the next activities that are not fixed</translation>
    </message>
    <message>
        <source>Inicia o pausa el tiempo de esta actividad (F9)</source>
        <translation>Starts or pauses this activity&apos;s time (F9)</translation>
    </message>
    <message>
        <source>Habla: %1 · %2</source>
        <translation>Speaking: %1 · %2</translation>
    </message>
    <message>
        <source>Habla: %1</source>
        <translation>Speaking: %1</translation>
    </message>
    <message>
        <source>%1Sesión terminada a las %2 (iniciada %3)</source>
        <translation>%1Session ended at %2 (started %3)</translation>
    </message>
    <message>
        <source>a tiempo</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>1 min de retraso</source>
        <translation>1 min behind</translation>
    </message>
    <message>
        <source>%1 min de retraso</source>
        <translation>%1 min behind</translation>
    </message>
    <message>
        <source>1 min adelantado</source>
        <translation>1 min ahead</translation>
    </message>
    <message>
        <source>%1 min adelantados</source>
        <translation>%1 min ahead</translation>
    </message>
    <message>
        <source>☕ Iniciar receso</source>
        <translation>☕ Start break</translation>
    </message>
    <message>
        <source>El receso empieza ahora: se pausa la actividad y su tiempo cuenta contra el plan del receso</source>
        <translation>The break begins now: the activity pauses and the time counts against the break&apos;s plan</translation>
    </message>
    <message>
        <source>☕ Terminar receso</source>
        <translation>☕ End break</translation>
    </message>
    <message>
        <source>en receso · %1</source>
        <translation>on break · %1</translation>
    </message>
    <message>
        <source>Actividad %1 · </source>
        <translation>Activity %1 · </translation>
    </message>
    <message>
        <source>%1Sin iniciar · plan %2–%3%4%5</source>
        <translation>%1Not started · plan %2–%3%4%5</translation>
    </message>
    <message>
        <source>, fin según el plan %1</source>
        <translation>, ends by the plan at %1</translation>
    </message>
    <message>
        <source>%1%2 · fin %3 (plan %4)</source>
        <translation>%1%2 · ends %3 (plan %4)</translation>
    </message>
    <message>
        <source> · inicio %1</source>
        <translation> · started %1</translation>
    </message>
    <message>
        <source>‖ Pausar actividad</source>
        <translation>‖ Pause activity</translation>
    </message>
    <message>
        <source>▶ Reanudar actividad</source>
        <translation>▶ Resume activity</translation>
    </message>
    <message>
        <source>▶ Iniciar actividad</source>
        <translation>▶ Start activity</translation>
    </message>
</context>
<context>
    <name>fcte::TurnQueue</name>
    <message>
        <source>Orden de
presentación
(Ctrl+↑/↓)</source>
        <translation>Presentation
order
(Ctrl+↑/↓)</translation>
    </message>
    <message>
        <source>Ctrl+↑ y Ctrl+↓ cambian el orden de presentación</source>
        <translation>Ctrl+↑ and Ctrl+↓ change the presentation order</translation>
    </message>
    <message>
        <source>Turnos de las escuelas</source>
        <translation>The schools&apos; turns</translation>
    </message>
    <message>
        <source>✓ %1 · %2</source>
        <translation>✓ %1 · %2</translation>
    </message>
    <message>
        <source>▶ %1 · %2 de %3 min</source>
        <translation>▶ %1 · %2 of %3 min</translation>
    </message>
    <message>
        <source>   %1</source>
        <translation>   %1</translation>
    </message>
</context>
<context>
    <name>fcte::VolunteerPanel</name>
    <message>
        <source>Sugerir voluntarios al azar</source>
        <translation>Suggest volunteers at random</translation>
    </message>
    <message>
        <source>Una sugerencia: usted elige. Nadie repite hasta que todos en su escuela hayan participado.</source>
        <translation>A suggestion: you choose. Nobody repeats until everyone in their school has taken part.</translation>
    </message>
    <message>
        <source>Cuántas personas por escuela</source>
        <translation>How many people per school</translation>
    </message>
    <message>
        <source> por escuela</source>
        <translation> per school</translation>
    </message>
    <message>
        <source>Registrar la impresión de esta persona</source>
        <translation>Record this person&apos;s impression</translation>
    </message>
    <message>
        <source>otra persona…</source>
        <translation>another person…</translation>
    </message>
</context>
<context>
    <name>fcte::ZoneServerDialog</name>
    <message>
        <source>Base de la zona</source>
        <translation>Zone database</translation>
    </message>
    <message>
        <source>La contraseña no se guarda: se pide de nuevo al abrir el programa (o se toma de PGPASSWORD o ~/.pgpass).</source>
        <translation>The password is not stored: it is asked again when the program is opened (or taken from PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>&amp;Dirección:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>fcte::ZoneWindow</name>
    <message>
        <source>Zona escolar — Facilitador CTE</source>
        <translation>School zone — Facilitador CTE</translation>
    </message>
    <message>
        <source>&amp;Escuelas</source>
        <translation>&amp;Schools</translation>
    </message>
    <message>
        <source>Co&amp;mpromisos</source>
        <translation>Co&amp;mmitments</translation>
    </message>
    <message>
        <source>E&amp;n común</source>
        <translation>I&amp;n common</translation>
    </message>
    <message>
        <source>&amp;Reunir bitácoras…</source>
        <translation>&amp;Gather bitácoras…</translation>
    </message>
    <message>
        <source>Re&amp;porte PDF o CSV…</source>
        <translation>Re&amp;port PDF or CSV…</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Es&amp;cuela:</source>
        <translation>S&amp;chool:</translation>
    </message>
    <message>
        <source>Ses&amp;ión:</source>
        <translation>Sess&amp;ion:</translation>
    </message>
    <message>
        <source>Es&amp;tado:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Revisión vencida</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <source>Zona escolar</source>
        <translation>School zone</translation>
    </message>
    <message>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>La más reciente de cada escuela</source>
        <translation>Each school&apos;s latest</translation>
    </message>
    <message>
        <source>Reunir bitácoras de la zona</source>
        <translation>Gather the zone&apos;s bitácoras</translation>
    </message>
    <message>
        <source>Bitácoras JSON (*.json)</source>
        <translation>JSON bitácoras (*.json)</translation>
    </message>
    <message>
        <source>Añadida: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Reemplazada (más reciente): %1</source>
        <translation>Replaced (newer): %1</translation>
    </message>
    <message>
        <source>Ya estaba: %1</source>
        <translation>Already here: %1</translation>
    </message>
    <message>
        <source>Rechazada: %1: %2</source>
        <translation>Refused: %1: %2</translation>
    </message>
    <message>
        <source>Reunidas %1 bitácoras: %2 añadidas, %3 reemplazadas, %4 ya estaban, %5 rechazadas.</source>
        <translation>Gathered %1 bitácoras: %2 added, %3 replaced, %4 already here, %5 refused.</translation>
    </message>
    <message>
        <source>Reporte de la zona</source>
        <translation>Zone report</translation>
    </message>
    <message>
        <source>Reporte de la zona.pdf</source>
        <translation>Zone report.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV para hojas de cálculo (*.csv)</source>
        <translation>PDF (*.pdf);;CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>Reporte escrito: %1</source>
        <translation>Report written: %1</translation>
    </message>
    <message>
        <source>P&amp;ublicar en la base de la zona…</source>
        <translation>P&amp;ublish to the zone database…</translation>
    </message>
    <message>
        <source>Ver la &amp;base de la zona…</source>
        <translation>Show the zone &amp;database…</translation>
    </message>
    <message>
        <source>Se publicará cada sesión de esta bitácora en la base PostgreSQL de la zona, cada una completa o nada.</source>
        <translation>Each session of this bitácora will be published to the zone&apos;s PostgreSQL database, each whole or not at all.</translation>
    </message>
    <message>
        <source>Se mostrará lo publicado en la base PostgreSQL de la zona.</source>
        <translation>What was published to the zone&apos;s PostgreSQL database will be shown.</translation>
    </message>
    <message>
        <source>Publicación en %1: %2 nuevas, %3 reemplazadas, %4 sin cambios, %5 más recientes en la zona.</source>
        <translation>Publication to %1: %2 new, %3 replaced, %4 unchanged, %5 newer in the zone.</translation>
    </message>
    <message>
        <source>Base de la zona</source>
        <translation>Zone database</translation>
    </message>
    <message>
        <source>%12: %1 escuelas, %2 sesiones · asistencia: %3 de %4 · %5 compromisos (pendientes %6, en proceso %7, cumplidos %8, no cumplidos %9) · sin seguimiento: %10 escuelas · revisión vencida: %11 escuelas</source>
        <translation>%12: %1 schools, %2 sessions · attendance: %3 of %4 · %5 commitments (pending %6, in progress %7, done %8, not done %9) · without follow-up: %10 schools · review overdue: %11 schools</translation>
    </message>
    <message>
        <source>Ver esta bitácor&amp;a</source>
        <translation>Show t&amp;his bitácora</translation>
    </message>
</context>
</TS>
