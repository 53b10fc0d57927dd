<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>Auto-layout</source>
        <translation>Distribución automática</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Pegar %n elemento</numerusform>
            <numerusform>Pegar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 con %2</translation>
    </message>
    <message>
        <source>Delete connection %1 → %2</source>
        <translation>Eliminar la conexión %1 → %2</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n components</source>
        <translation>
            <numerusform>Mover %n componente</numerusform>
            <numerusform>Mover %n componentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sky::ClipboardController</name>
    <message>
        <source>Select components to copy</source>
        <translation>Selecciona los componentes que quieres copiar</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n component(s)</source>
        <translation>
            <numerusform>%n componente copiado</numerusform>
            <numerusform>%n componentes copiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n item(s)</source>
        <translation>
            <numerusform>Cortar %n elemento</numerusform>
            <numerusform>Cortar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted %1 component(s); %2 fit nowhere here and were left out</source>
        <translation>Se han pegado %1 componentes; %2 no caben aquí y se han omitido</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n component(s)</source>
        <translation>
            <numerusform>%n componente pegado</numerusform>
            <numerusform>%n componentes pegados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sky::CostDock</name>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Where the money goes</source>
        <translation>En qué se va el dinero</translation>
    </message>
    <message>
        <source>Monthly cost as daily users grow</source>
        <translation>Coste mensual según crecen los usuarios diarios</translation>
    </message>
    <message>
        <source>Optimisations for the initial stage</source>
        <translation>Optimizaciones para la etapa inicial</translation>
    </message>
    <message>
        <source>Apply checked changes to the design</source>
        <translation>Aplicar al diseño los cambios marcados</translation>
    </message>
    <message>
        <source>Makes the checked suggestions&apos; design edits as one undoable step; advice-only suggestions (commitments, schedules, lifecycle rules) are not design edits</source>
        <translation>Aplica los cambios de las sugerencias marcadas en un solo paso que se puede deshacer; las que son solo recomendaciones (compromisos de uso, horarios, reglas de ciclo de vida) no modifican el diseño</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>Sin estimación</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>%1 daily users · %2 prices as of %3 · on-demand list prices, %4</source>
        <translation>%1 usuarios diarios · precios de %2 a fecha de %3 · tarifa bajo demanda, %4</translation>
    </message>
    <message>
        <source>%1 — saves %2/month%3</source>
        <translation>%1 — ahorra %2 al mes%3</translation>
    </message>
    <message>
        <source> (advice)</source>
        <translation> (recomendación)</translation>
    </message>
    <message>
        <source>Trade-off: %1</source>
        <translation>Contrapartida: %1</translation>
    </message>
    <message>
        <source>No optimisation applies to this design.</source>
        <translation>Ninguna optimización aplica a este diseño.</translation>
    </message>
    <message>
        <source>%1  Other (%2 items)</source>
        <translation>%1  Otros (%2 partidas)</translation>
    </message>
    <message>
        <source>monthly cost</source>
        <translation>coste mensual</translation>
    </message>
    <message>
        <source>max_tasks reached</source>
        <translation>max_tasks alcanzado</translation>
    </message>
    <message>
        <source>this design (%1 users)</source>
        <translation>este diseño (%1 usuarios)</translation>
    </message>
    <message>
        <source>daily users</source>
        <translation>usuarios diarios</translation>
    </message>
    <message>
        <source>%1 users: %2</source>
        <translation>%1 usuarios: %2</translation>
    </message>
    <message>
        <source>with checked</source>
        <translation>con lo marcado</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Marcado: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Tick suggestions to compare</source>
        <translation>Marca sugerencias para compararlas</translation>
    </message>
    <message>
        <source>Checked suggestions save %1 a month</source>
        <translation>Lo marcado ahorra %1 al mes</translation>
    </message>
    <message>
        <source>Apply cost optimisations</source>
        <translation>Aplicar optimizaciones de coste</translation>
    </message>
</context>
<context>
    <name>sky::DesignScene</name>
    <message>
        <source>Connect: drag from one component to another</source>
        <translation>Conectar: arrastra de un componente a otro</translation>
    </message>
    <message>
        <source>Select: drag to move, drag on empty canvas to select</source>
        <translation>Seleccionar: arrastra para mover; arrastra sobre el lienzo vacío para seleccionar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component type</source>
        <translation>«%1» no es un tipo de componente</translation>
    </message>
    <message>
        <source>Cannot drop here: %1</source>
        <translation>No se puede soltar aquí: %1</translation>
    </message>
    <message>
        <source>Release to add %1</source>
        <translation>Suelta para añadir %1</translation>
    </message>
    <message>
        <source>Release to add %1 into %2</source>
        <translation>Suelta para añadir %1 dentro de %2</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Añadido: %1</translation>
    </message>
    <message>
        <source>A connection joins two components</source>
        <translation>Una conexión une dos componentes</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <source>Connected %1 → %2 (%3)</source>
        <translation>Conectado %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot move here: %1</source>
        <translation>No se puede mover aquí: %1</translation>
    </message>
    <message>
        <source>Release to move into %1</source>
        <translation>Suelta para moverlo dentro de %1</translation>
    </message>
    <message>
        <source>Release to move out of the container</source>
        <translation>Suelta para sacarlo del contenedor</translation>
    </message>
    <message numerus="yes">
        <source>Release to move %n item(s)</source>
        <translation>
            <numerusform>Suelta para mover %n elemento</numerusform>
            <numerusform>Suelta para mover %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s)</source>
        <translation>
            <numerusform>%n elemento movido</numerusform>
            <numerusform>%n elementos movidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) into another container</source>
        <translation>
            <numerusform>Mover %n elemento a otro contenedor</numerusform>
            <numerusform>Mover %n elementos a otro contenedor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) into another container</source>
        <translation>
            <numerusform>%n elemento movido a otro contenedor</numerusform>
            <numerusform>%n elementos movidos a otro contenedor</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag to the component to connect to</source>
        <translation>Arrastra hasta el componente con el que quieres conectar</translation>
    </message>
    <message>
        <source>Release to connect %1 → %2 (%3%4)</source>
        <translation>Suelta para conectar %1 → %2 (%3%4)</translation>
    </message>
    <message>
        <source>Connection cancelled: release on another component</source>
        <translation>Conexión cancelada: suelta sobre otro componente</translation>
    </message>
</context>
<context>
    <name>sky::Document</name>
    <message>
        <source>The id &apos;%1&apos; is already used</source>
        <translation>El id «%1» ya está en uso</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id</source>
        <translation>«%1» no es un id válido</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component type of the catalog</source>
        <translation>«%1» no es un tipo de componente del catálogo</translation>
    </message>
    <message>
        <source>A port is a whole number from 1 to 65535</source>
        <translation>Un puerto es un número entero entre 1 y 65535</translation>
    </message>
    <message>
        <source>A connection joins two existing components</source>
        <translation>Una conexión une dos componentes existentes</translation>
    </message>
    <message>
        <source>A component cannot connect to itself</source>
        <translation>Un componente no puede conectarse consigo mismo</translation>
    </message>
    <message>
        <source>Connections join components, not containers like %1</source>
        <translation>Las conexiones unen componentes, no contenedores como %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol</source>
        <translation>«%1» no es un protocolo</translation>
    </message>
    <message>
        <source>A tcp connection needs a port</source>
        <translation>Una conexión tcp necesita un puerto</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>No component &apos;%1&apos;</source>
        <translation>No existe el componente «%1»</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 debe ser texto</translation>
    </message>
    <message>
        <source>%1 must be two numbers</source>
        <translation>%1 deben ser dos números</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Tipo desconocido</translation>
    </message>
    <message>
        <source>Use reparent to change a parent</source>
        <translation>Para cambiar el contenedor, usa reparent</translation>
    </message>
    <message>
        <source>Suppressions are a list</source>
        <translation>Las supresiones son una lista</translation>
    </message>
    <message>
        <source>A suppression needs a rule and a reason</source>
        <translation>Una supresión necesita una regla y un motivo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component field</source>
        <translation>«%1» no es un campo de componente</translation>
    </message>
    <message>
        <source>No connection &apos;%1&apos;</source>
        <translation>No existe la conexión «%1»</translation>
    </message>
    <message>
        <source>A label is text</source>
        <translation>Una etiqueta es texto</translation>
    </message>
    <message>
        <source>Unknown protocol</source>
        <translation>Protocolo desconocido</translation>
    </message>
    <message>
        <source>A connection end is a component id</source>
        <translation>Cada extremo de una conexión es el id de un componente</translation>
    </message>
    <message>
        <source>Connections join components, not containers</source>
        <translation>Las conexiones unen componentes, no contenedores</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a connection field</source>
        <translation>«%1» no es un campo de conexión</translation>
    </message>
    <message>
        <source>The name is text</source>
        <translation>El nombre es texto</translation>
    </message>
    <message>
        <source>Not an AWS region code</source>
        <translation>No es un código de región de AWS</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a design field</source>
        <translation>«%1» no es un campo del diseño</translation>
    </message>
    <message>
        <source>A container cannot go inside itself</source>
        <translation>Un contenedor no puede ir dentro de sí mismo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a container</source>
        <translation>«%1» no es un contenedor</translation>
    </message>
</context>
<context>
    <name>sky::EditActions</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>&amp;Distribución automática</translation>
    </message>
    <message>
        <source>Lay the design out left to right by request flow</source>
        <translation>Ordena el diseño de izquierda a derecha siguiendo el flujo de peticiones</translation>
    </message>
    <message>
        <source>Laid out by request flow (undo to go back)</source>
        <translation>Ordenado según el flujo de peticiones (deshaz para volver atrás)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and the %n component(s) inside, with their connections?</source>
        <translation>
            <numerusform>¿Eliminar %1 y el componente que contiene, con sus conexiones?</numerusform>
            <numerusform>¿Eliminar %1 y los %n componentes que contiene, con sus conexiones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deleted</source>
        <translation>No se ha eliminado nada</translation>
    </message>
    <message>
        <source>Deleted (undo brings it back)</source>
        <translation>Eliminado (deshacer lo recupera)</translation>
    </message>
</context>
<context>
    <name>sky::ExportController</name>
    <message>
        <source>Diagram as &amp;PNG…</source>
        <translation>Diagrama en &amp;PNG…</translation>
    </message>
    <message>
        <source>Diagram as &amp;SVG…</source>
        <translation>Diagrama en &amp;SVG…</translation>
    </message>
    <message>
        <source>Architecture &amp;document…</source>
        <translation>&amp;Documento de arquitectura…</translation>
    </message>
    <message>
        <source>Architecture document in Spanish…</source>
        <translation>Documento de arquitectura en español…</translation>
    </message>
    <message>
        <source>&amp;Terraform module…</source>
        <translation>Módulo de &amp;Terraform…</translation>
    </message>
    <message>
        <source>&amp;GitHub Actions workflow…</source>
        <translation>Workflow de &amp;GitHub Actions…</translation>
    </message>
    <message>
        <source>The diagram could not be drawn</source>
        <translation>No se ha podido dibujar el diagrama</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export workflow</source>
        <translation>Exportar workflow</translation>
    </message>
    <message>
        <source>YAML (*.yml *.yaml)</source>
        <translation>YAML (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
</context>
<context>
    <name>sky::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Abrir diseño</translation>
    </message>
    <message>
        <source>Skyforge designs (*.skyforge)</source>
        <translation>Diseños de Skyforge (*.skyforge)</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Guardar diseño</translation>
    </message>
    <message>
        <source>The new design</source>
        <translation>El diseño nuevo</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Quieres guardarlos?</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Diseño sin título</translation>
    </message>
    <message>
        <source>Cannot open the template</source>
        <translation>No se puede abrir la plantilla</translation>
    </message>
    <message>
        <source>Cannot open the design</source>
        <translation>No se puede abrir el diseño</translation>
    </message>
    <message numerus="yes">
        <source>Opened with %n warning(s): %1</source>
        <translation>
            <numerusform>Abierto con %n aviso: %1</numerusform>
            <numerusform>Abierto con %n avisos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Diseño nuevo</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>Cannot save the design</source>
        <translation>No se puede guardar el diseño</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>sky::FindingsDock</name>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Suppress…</source>
        <translation>Suprimir…</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Accept this finding for its component, with a reason kept in the design</source>
        <translation>Acepta este hallazgo para su componente, con un motivo que queda registrado en el diseño</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Suprimidos</translation>
    </message>
    <message>
        <source>(design)</source>
        <translation>(diseño)</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Solución:</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>Véase:</translation>
    </message>
    <message>
        <source>Suppressed:</source>
        <translation>Suprimido:</translation>
    </message>
    <message>
        <source>Suppressed (%1)</source>
        <translation>Suprimidos (%1)</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Sin hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 suppressed</source>
        <translation>, %1 suprimidos</translation>
    </message>
    <message>
        <source>Extra rules not loaded: %1</source>
        <translation>No se han cargado las reglas adicionales: %1</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>Same check in:</source>
        <translation>Mismo control en:</translation>
    </message>
    <message>
        <source>Suppress %1</source>
        <translation>Suprimir %1</translation>
    </message>
    <message>
        <source>Why is this finding accepted for %1?</source>
        <translation>¿Por qué se acepta este hallazgo para %1?</translation>
    </message>
</context>
<context>
    <name>sky::MainWindow</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Drag a component from the palette; drag from a component&apos;s handle to connect</source>
        <translation>Arrastra un componente desde la paleta; arrastra desde el asa de un componente para conectarlo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>A&amp;juste a la cuadrícula</translation>
    </message>
    <message>
        <source>S&amp;traight Connections</source>
        <translation>Conexiones &amp;rectas</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organizar</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Select and move (V)</source>
        <translation>Seleccionar y mover (V)</translation>
    </message>
    <message>
        <source>Connect: drag from one component to another (C)</source>
        <translation>Conectar: arrastra de un componente a otro (C)</translation>
    </message>
    <message>
        <source>Cannot open the design</source>
        <translation>No se puede abrir el diseño</translation>
    </message>
    <message>
        <source>an unsaved design</source>
        <translation>un diseño sin guardar</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Skyforge did not close normally. Restore the changes to %1 autosaved at %2?</source>
        <translation>Skyforge no se cerró correctamente. ¿Recuperar los cambios de %1 guardados automáticamente a las %2?</translation>
    </message>
    <message>
        <source>Restored unsaved work; save it to keep it</source>
        <translation>Trabajo recuperado; guárdalo para conservarlo</translation>
    </message>
    <message>
        <source>: cannot encode the screenshot</source>
        <translation>: no se puede codificar la captura</translation>
    </message>
    <message>
        <source>Cannot</source>
        <translation>No se puede</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>sky::PalettePanel</name>
    <message>
        <source>Search components…</source>
        <translation>Buscar componentes…</translation>
    </message>
</context>
<context>
    <name>sky::PropertyPanel</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n elemento seleccionado</numerusform>
            <numerusform>%n elementos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one item to edit its properties.</source>
        <translation>Selecciona un solo elemento para editar sus propiedades.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The label on the canvas (empty = the type&apos;s name)</source>
        <translation>El rótulo en el lienzo (vacío = el nombre del tipo)</translation>
    </message>
    <message>
        <source>Why it is there, what it does…</source>
        <translation>Por qué está, qué hace…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Free text, carried into the docs</source>
        <translation>Texto libre; pasa a la documentación</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Por defecto: %1</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (no permitido)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>https, http, tcp, postgres carry traffic; aws-api is a call to an AWS API; dns and tls are associations</source>
        <translation>https, http, tcp y postgres llevan tráfico; aws-api es una llamada a una API de AWS; dns y tls son asociaciones</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>0 = the protocol&apos;s default port</source>
        <translation>0 = el puerto por defecto del protocolo</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>por defecto (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>protocol and port</source>
        <translation>protocolo y puerto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Shown on the arrow instead of the protocol and port</source>
        <translation>Se muestra en la flecha en lugar del protocolo y el puerto</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Nothing selected: these settings apply to the whole design.</source>
        <translation>No hay nada seleccionado: estos ajustes se aplican a todo el diseño.</translation>
    </message>
    <message>
        <source>Design name</source>
        <translation>Nombre del diseño</translation>
    </message>
    <message>
        <source>The design&apos;s title</source>
        <translation>El título del diseño</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>The AWS region everything regional is deployed to</source>
        <translation>La región de AWS donde se despliega todo lo regional</translation>
    </message>
    <message>
        <source>production</source>
        <translation>producción</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>preproducción</translation>
    </message>
    <message>
        <source>development</source>
        <translation>desarrollo</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Development designs may trade resilience for cost</source>
        <translation>Un diseño de desarrollo puede sacrificar resiliencia para ahorrar costes</translation>
    </message>
    <message>
        <source>Daily users</source>
        <translation>Usuarios diarios</translation>
    </message>
    <message>
        <source>Expected users per day (sizing and cost)</source>
        <translation>Usuarios previstos al día (dimensionamiento y coste)</translation>
    </message>
    <message>
        <source>Peak requests/s</source>
        <translation>Pico de peticiones/s</translation>
    </message>
    <message>
        <source>Peak requests per second</source>
        <translation>Peticiones por segundo en el pico</translation>
    </message>
    <message>
        <source>App domain</source>
        <translation>Dominio de la app</translation>
    </message>
    <message>
        <source>The front end&apos;s DNS name</source>
        <translation>El nombre DNS del front-end</translation>
    </message>
    <message>
        <source>API domain</source>
        <translation>Dominio de la API</translation>
    </message>
    <message>
        <source>The API&apos;s DNS name</source>
        <translation>El nombre DNS de la API</translation>
    </message>
</context>
<context>
    <name>sky::TemplateChooser</name>
    <message>
        <source>New design</source>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>Empty design</source>
        <translation>Diseño vacío</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de:</translation>
    </message>
</context>
</TS>
